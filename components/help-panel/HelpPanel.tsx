/**
 * The help card. It knows nothing about portals: it renders the already-translated content it is given.
 * Never takes focus by itself; keeps away from the field the user types in (the controller passes `avoid`).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Obstacle } from '../placement';
import { CardBody } from './CardBody';
import { CardHeader, PhoneBar } from './CardHeader';
import { MinimizedButton } from './MinimizedButton';
import type { Box, HelpContent, Placement } from './types';
import { useCardPlacement } from './useCardPlacement';
import { useKeyboardShortcut } from './useKeyboardShortcut';
import { useSheetLayout, useSwipe } from './useSheetLayout';

export interface HelpPanelProps {
  content: HelpContent;
  minimized: boolean;
  onMinimize(min: boolean): void;
  /** Rectangles the card must not cover, most important first (the focused field, then the highlight). */
  avoid?: () => Box[];
  /**
   * Page elements to keep clear when there is room (the fields, buttons and form around the highlighted
   * element), with what covering each costs. Ignored on phones (the card is a bottom sheet there).
   */
  near?: () => readonly Obstacle[];
  /**
   * The window of the page being helped: its viewport, focus and scrolling decide the placement (default:
   * this window; the demonstration page passes the simulated page's frame).
   */
  view?: Window | null;
  /** The features' panels, shown after the instructions. */
  children?: ComponentChildren;
  /**
   * Shown first, right under the title, before the instructions: what the family answers or acts on before
   * reading on (a remembered choice offered back; a question whose answer decides the instructions).
   */
  lead?: ComponentChildren;
  /** At the end of « Je suis bloqué(e) » (the page report's link). */
  stuck?: ComponentChildren;
}

export function HelpPanel({ content, minimized, onMinimize, avoid, near, view, children, lead, stuck }: HelpPanelProps) {
  const card = useRef<HTMLElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const rtl = content.dir === 'rtl';
  const { compact, zoom, expanded, setExpanded } = useSheetLayout(content.key);
  const { placement, inset } = useCardPlacement({
    card, root, avoid, near, view, compact, rtl, relayout: [content.key, minimized, expanded],
  });
  useKeyboardShortcut({ root, card, minimized, onMinimize });
  const announce = useAnnouncement(content);
  const swipe = useSwipe(placement.corner === 'b', setExpanded);
  const corner = placement.corner;
  const style = cardStyle(placement, inset, compact, zoom);
  const collapsed = compact && !expanded;

  return (
    <div
      ref={root}
      class={`ce-root${compact ? ' ce-compact' : ''}`}
      dir={content.dir}
      lang={content.lang}
      style={zoom !== 1 ? { '--ce-z': zoom.toFixed(3) } : undefined}
    >
      <div class="ce-sr-only" role="status" aria-live="polite" data-testid="ce-live">
        {announce}
      </div>
      {minimized ? (
        <MinimizedButton
          corner={compact ? (rtl ? 'bl' : 'br') : corner}
          style={style}
          label={content.labels.reopen}
          onOpen={() => onMinimize(false)}
        />
      ) : (
        <section
          ref={card}
          class={`ce-card ${compact ? `ce-sheet ce-${corner}` : `ce-${corner}`}${collapsed ? ' ce-collapsed' : ''}`}
          style={style}
          role="region"
          aria-label={content.labels.region}
          tabIndex={-1}
          aria-keyshortcuts="Alt+Shift+C"
          data-testid="ce-panel"
          data-expanded={compact ? String(expanded) : undefined}
          onTouchStart={compact ? swipe.onTouchStart : undefined}
          onTouchEnd={compact ? swipe.onTouchEnd : undefined}
        >
          {compact && <div class="ce-handle" aria-hidden="true" />}
          <CardHeader
            content={content}
            compact={compact}
            expanded={expanded}
            onToggle={() => setExpanded(!expanded)}
            onMinimize={() => onMinimize(true)}
          />
          {collapsed && <PhoneBar title={content.title} />}
          <CardBody content={content} lead={lead} stuck={stuck} hidden={collapsed}>
            {children}
          </CardBody>
        </section>
      )}
    </div>
  );
}

/** Step changes are announced politely (WCAG 4.1.3), not on every render. */
function useAnnouncement(content: HelpContent): string {
  const [announce, setAnnounce] = useState('');
  useEffect(() => {
    setAnnounce(content.counter ? `${content.counter}. ${content.title}` : content.title);
  }, [content.key]);
  return announce;
}

/** Above the on-screen keyboard; shrunk when the card must fit a band (in unzoomed px). */
function cardStyle(placement: Placement, inset: number, compact: boolean, zoom: number): Record<string, string> {
  const style: Record<string, string> = {};
  if (placement.corner.startsWith('b') && inset) style.bottom = `${inset + (compact ? 0 : 16)}px`;
  if (placement.maxHeight) style.maxHeight = `${Math.floor(placement.maxHeight / zoom)}px`;
  return style;
}
