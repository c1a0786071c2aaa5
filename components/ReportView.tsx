/**
 * The page report, shown whole before anything else (« Cette page n'est pas reconnue ? »): what it is, the
 * text itself in a scrolling read-only box, one button that copies it, and where to paste it. Nothing is sent:
 * the family pastes it into a mail themselves. Used by the popup and by the help card.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export interface ReportTexts {
  title: string;
  intro: string;
  /** The report box's accessible name. */
  label: string;
  copy: string;
  copied: string;
  /** Copying was refused: the text is selected for the family to copy themselves. */
  selected: string;
  send: string;
  close: string;
  loading: string;
  failed: string;
}

export type ReportState = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; text: string };

export function ReportView({
  s,
  state,
  onClose,
  headingLevel = 3,
  headingId,
}: {
  s: ReportTexts;
  state: ReportState;
  onClose(): void;
  headingLevel?: 2 | 3;
  headingId?: string;
}) {
  const box = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const title = useRef<HTMLHeadingElement>(null);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  // Opened by a click: the report comes into view, and keyboard and screen reader users start at its title.
  // In the help card only the card's own scroll box moves, never the page behind it.
  useEffect(() => {
    const h = title.current;
    if (!h) return;
    const box = h.closest('.ce-scroll');
    if (box) box.scrollTop += h.getBoundingClientRect().top - box.getBoundingClientRect().top;
    else h.scrollIntoView?.({ block: 'start' });
    h.focus({ preventScroll: true });
  }, [state.kind]);
  const select = () => {
    box.current?.focus();
    box.current?.select();
  };
  const copy = async () => {
    if (state.kind !== 'ready') return;
    try {
      // A click is a user gesture: writeText needs no permission on extension pages nor, on https pages, here.
      await navigator.clipboard.writeText(state.text);
      setStatus(s.copied);
    } catch {
      select();
      setStatus(s.selected);
    }
  };
  return (
    <div class="ce-report" data-testid="report-view" data-state={state.kind}>
      <H class="ce-report-title" id={headingId} ref={title} tabIndex={-1}>{s.title}</H>
      {state.kind === 'loading' && <p role="status">{s.loading}</p>}
      {state.kind === 'failed' && <p role="alert">{s.failed}</p>}
      {state.kind === 'ready' && (
        <>
          <p class="ce-report-intro">{s.intro}</p>
          {/* Code, not prose: left to right in every language. */}
          <textarea
            ref={box}
            class="ce-report-text"
            data-testid="report-text"
            readOnly
            dir="ltr"
            lang="zxx"
            spellcheck={false}
            aria-label={s.label}
            rows={12}
            value={state.text}
          />
          <button type="button" class="ce-report-copy" data-testid="report-copy" onClick={() => void copy()}>
            {s.copy}
          </button>
          <p class="ce-report-status" role="status" data-testid="report-status">
            {status}
          </p>
          <p class="ce-report-send">{s.send}</p>
        </>
      )}
      <button type="button" class="ce-report-close" data-testid="report-close" onClick={onClose}>
        {s.close}
      </button>
    </div>
  );
}
