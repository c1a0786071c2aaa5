/**
 * The demonstration page (issue 7) for support staff: simulated portal pages with the real overlay on them,
 * presenter controls, and "Imprimer le guide" (a paper guide of one journey).
 * Journeys come from the portals' data; their pages from the fixtures (virtual:demo-fixtures).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildContent, stepTitle } from '@/utils/help-content';
import { t } from '@/utils/i18n';
import type { DemoJourney, DemoPlan } from '@/utils/demo/plan';
import type { NavKind } from '@/utils/journey';
import { portalById } from '@/utils/portals';
import { SourcesNote } from '@/components/SourcesNote';
import type { Prefs } from '@/utils/storage/prefs';
import { clonePrefs, emptyPrefs, MemoryPrefs, Stage, type StageInfo } from './stage';

type View = 'present' | 'guide';

export function journeyLabel(j: DemoJourney): string {
  return `${portalById(j.owner)?.name ?? j.owner} — ${t(j.name)}`;
}

/** Where the page is: the real address, the host in bold (families learn to check it). */
function AddressBar({ url }: { url: string }) {
  let u: URL | null = null;
  try {
    u = new URL(url);
  } catch {
    u = null;
  }
  return (
    <div class="addr" data-testid="demo-address">
      <svg class="addr-lock" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
        <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
        <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" stroke-width="1.8" />
      </svg>
      <span class="sr-only">{t('demo.address')}</span>
      {u ? (
        <span class="addr-url">
          {u.protocol}//<strong>{u.host}</strong>
          {u.pathname}
          {u.search}
        </span>
      ) : (
        <span class="addr-url">{url}</span>
      )}
    </div>
  );
}

interface HookState {
  journey: string;
  index: number;
  info: StageInfo | null;
}

declare global {
  interface Window {
    /** Read-only view of the demo for the guide renderer (scripts/guide.mjs) and the tests. */
    compagnonDemo?: {
      plan(): { id: string; label: string; portal: string; available: boolean; steps: { portal: string; step: string; title: string }[] }[];
      state(): { journey: string; index: number; ready: boolean };
      info(): ReturnType<typeof stepText> | null;
    };
  }
}

/** The translated text of a recognised step, as the overlay shows it. */
export function stepText(info: StageInfo | null, url: string) {
  const rec = info?.rec;
  if (!rec) return null;
  const c = buildContent({
    portal: rec.portal,
    step: rec.step,
    state: rec.state,
    help: rec.help,
    targetFound: !rec.stepDef.target?.length || !!rec.target,
    journey: info.view,
  });
  return {
    portal: rec.portal,
    step: rec.step,
    url,
    counter: c.counter ?? '',
    title: c.title,
    origin: c.origin ?? '',
    body: c.body,
    next: c.next ? `${c.nextLabel} ${c.next}` : '',
    then: c.then ?? '',
  };
}

export function Demo({ plan }: { plan: DemoPlan }) {
  const params = new URLSearchParams(location.search);
  const available = plan.journeys.filter((j) => j.available);
  const initial = available.find((j) => j.id === params.get('journey')) ?? available[0];
  const [jid, setJid] = useState(initial?.id ?? '');
  const [index, setIndex] = useState(0);
  const [nav, setNav] = useState<NavKind>('navigate');
  const [large, setLarge] = useState(params.has('large'));
  const [view, setView] = useState<View>(params.get('view') === 'guide' ? 'guide' : 'present');
  const [autoPrint, setAutoPrint] = useState(false);
  const [toast, setToast] = useState('');
  const prefs = useMemo(() => new MemoryPrefs(emptyPrefs(initial)), []);
  // The overlay preferences as they were when each page of the journey was first shown ("previous" restores them).
  const snapshots = useRef<Prefs[]>([emptyPrefs(initial)]);
  const hook = useRef<HookState>({ journey: jid, index: 0, info: null });

  const journey = plan.journeys.find((j) => j.id === jid);
  const n = journey?.steps.length ?? 0;
  const step = journey?.steps[index];
  const page = step && step.page !== null ? plan.pages[step.page] : undefined;

  useEffect(() => {
    document.title = t('demo.title') || 'Compagnon ENT';
    document.documentElement.lang = t('meta.lang') || 'fr';
  }, []);

  const toastTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const say = useCallback((msg: string) => {
    setToast('');
    clearTimeout(toastTimer.current);
    requestAnimationFrame(() => setToast(msg));
    toastTimer.current = setTimeout(() => setToast(''), 7000);
  }, []);

  const go = useCallback(
    (to: number) => {
      if (!journey || to < 0 || to >= journey.steps.length || to === index) return;
      if (to > index) {
        snapshots.current[to] = clonePrefs(prefs.value);
        setNav('navigate');
      } else {
        prefs.value = clonePrefs(snapshots.current[to] ?? emptyPrefs(journey));
        setNav('back_forward');
      }
      setToast('');
      hook.current = { journey: journey.id, index: to, info: null };
      setIndex(to);
    },
    [journey, index, prefs],
  );
  const next = useCallback(() => {
    if (index >= n - 1) say(t('demo.end'));
    else go(index + 1);
  }, [go, index, n, say]);
  const prev = useCallback(() => go(index - 1), [go, index]);

  const pick = (id: string) => {
    const j = plan.journeys.find((x) => x.id === id);
    prefs.value = emptyPrefs(j);
    snapshots.current = [emptyPrefs(j)];
    hook.current = { journey: id, index: 0, info: null };
    setJid(id);
    setIndex(0);
    setNav('navigate');
    setToast('');
    const u = new URL(location.href);
    u.searchParams.set('journey', id);
    history.replaceState(null, '', u);
  };

  // Keyboard and presenter remotes: → / PageDown next, ← / PageUp previous (mirrored in right-to-left
  // languages; not while typing in the toolbar).
  useEffect(() => {
    if (view !== 'present') return;
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as Element | null;
      if (el && /^(input|select|textarea)$/.test((el as Element).localName ?? '')) return;
      // In a right-to-left language "next" is on the left.
      const fwd = document.documentElement.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
      const back = fwd === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
      if (e.key === fwd || e.key === 'PageDown') next();
      else if (e.key === back || e.key === 'PageUp') prev();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [view, next, prev]);

  // Read-only hook for scripts/guide.mjs and the tests.
  useEffect(() => {
    window.compagnonDemo = {
      plan: () =>
        plan.journeys.map((j) => ({
          id: j.id,
          label: journeyLabel(j),
          portal: portalById(j.owner)?.name ?? j.owner,
          available: j.available,
          steps: j.steps.map((s) => ({ portal: s.portal, step: s.step, title: stepTitle(s.portal, s.step) })),
        })),
      state: () => ({ journey: hook.current.journey, index: hook.current.index, ready: !!hook.current.info }),
      info: () => {
        const h = hook.current;
        const j = plan.journeys.find((x) => x.id === h.journey);
        const s = j?.steps[h.index];
        const p = s && s.page !== null ? plan.pages[s.page] : undefined;
        return p ? stepText(h.info, p.url) : null;
      },
    };
  }, [plan]);

  const onReady = useCallback(
    (info: StageInfo) => {
      if (hook.current.journey === jid && hook.current.index === index) {
        hook.current = { ...hook.current, info };
        document.body.setAttribute('data-stage-ready', `${jid}:${index}`);
      }
    },
    [jid, index],
  );

  if (!journey) {
    return (
      <main class="demo-empty">
        <h1>{t('demo.heading')}</h1>
        <p>{t('demo.no_journey')}</p>
      </main>
    );
  }

  if (view === 'guide') {
    return (
      <GuideView
        plan={plan}
        journey={journey}
        autoPrint={autoPrint}
        onBack={() => {
          setAutoPrint(false);
          setView('present');
        }}
      />
    );
  }

  const groups = new Map<string, DemoJourney[]>();
  for (const j of plan.journeys) groups.set(j.owner, [...(groups.get(j.owner) ?? []), j]);

  return (
    <div class={`demo${large ? ' demo-large' : ''}${params.has('capture') ? ' demo-capture' : ''}`}>
      <header class="bar">
        <h1 class="brand">
          {t('ext.name')} <span class="brand-sub">· {t('demo.heading')}</span>
        </h1>
        <label class="pick">
          <span>{t('demo.journey_label')}</span>
          <select data-testid="demo-journey" value={jid} onChange={(e) => pick((e.target as HTMLSelectElement).value)}>
            {[...groups].map(([owner, js]) => (
              <optgroup key={owner} label={portalById(owner)?.name ?? owner}>
                {js.map((j) => (
                  <option key={j.id} value={j.id} disabled={!j.available}>
                    {j.available ? t(j.name) : t('demo.soon', t(j.name))}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <div class="nav">
          <button type="button" data-testid="demo-prev" onClick={prev} disabled={index === 0}>
            <span aria-hidden="true">◀ </span>
            {t('demo.prev')}
          </button>
          <span class="where" data-testid="demo-where" aria-live="polite">
            {t('demo.where', index + 1, n)}
            <strong>{step ? stepTitle(step.portal, step.step) : ''}</strong>
          </span>
          <button type="button" class="primary" data-testid="demo-next" onClick={next} disabled={index >= n - 1}>
            {t('demo.next')}
            <span aria-hidden="true"> ▶</span>
          </button>
        </div>
        <div class="tools">
          <button type="button" data-testid="demo-large" aria-pressed={large} onClick={() => setLarge(!large)}>
            {t('demo.larger')}
          </button>
          <button
            type="button"
            data-testid="demo-print"
            onClick={() => {
              setAutoPrint(true);
              setView('guide');
            }}
          >
            {t('demo.print')}
          </button>
        </div>
      </header>
      <p class="note">
        <span class="note-fake">{t('demo.fake_note')}</span>
      </p>
      <ol class="steps" aria-label={t('demo.steps_label')}>
        {journey.steps.map((s, i) => (
          <li key={i} class={i === index ? 'on' : i < index ? 'done' : ''} aria-current={i === index ? 'step' : undefined}>
            <span class="num">{i + 1}</span> {stepTitle(s.portal, s.step)}
          </li>
        ))}
      </ol>
      {page && (
        <section class="stage" data-testid="demo-stage" aria-label={t('demo.stage_label')}>
          <AddressBar url={page.url} />
          <p class="toast" role="status" data-testid="demo-toast">
            {toast}
          </p>
          <Stage
            key={`${journey.id}:${index}`}
            page={page}
            journey={journey}
            index={index}
            prefs={prefs}
            nav={nav}
            large={large}
            title={t('demo.frame_title', stepTitle(step!.portal, step!.step))}
            onReady={onReady}
            onNext={next}
            onBlocked={() => say(t('demo.blocked'))}
          />
        </section>
      )}
      {step && <SourcesNote portal={step.portal} step={step.step} journey={journey} />}
    </div>
  );
}

/** The paper guide of one journey: one block per step, the picture with its highlight and the instructions. */
function GuideView({ plan, journey, autoPrint, onBack }: { plan: DemoPlan; journey: DemoJourney; autoPrint: boolean; onBack(): void }) {
  // One preference store per block, each starting from what the previous page left (blocks keep running:
  // a shared store would let a later page change an earlier picture).
  const stores = useMemo<MemoryPrefs[]>(() => [], [journey]);
  const storeFor = (i: number) => {
    if (!stores[i]) {
      const s = new MemoryPrefs(i > 0 && stores[i - 1] ? stores[i - 1].value : emptyPrefs(journey));
      stores[i] = s;
    }
    return stores[i];
  };
  const [infos, setInfos] = useState<StageInfo[]>([]);
  const n = journey.steps.length;
  const done = infos.length >= n;

  useEffect(() => {
    document.body.removeAttribute('data-guide-ready');
    if (!done) return;
    document.body.setAttribute('data-guide-ready', journey.id);
    if (autoPrint) {
      const id = setTimeout(() => window.print(), 200);
      return () => clearTimeout(id);
    }
    return undefined;
  }, [done, autoPrint, journey.id]);

  const portal = portalById(journey.owner)?.name ?? journey.owner;
  useEffect(() => {
    const before = document.title;
    document.title = `${t('demo.guide_title', portal)} — ${t(journey.name)}`;
    return () => {
      document.title = before;
    };
  }, [portal, journey.name]);
  // Blocks are rendered one after the other: each page sees the overlay preferences the previous ones left,
  // exactly as a family walking the journey would (the login help changes once the account is activated).
  const shown = journey.steps.slice(0, Math.min(infos.length + 1, n));
  return (
    <div class="guide">
      <header class="guide-bar no-print">
        <button type="button" data-testid="guide-back" onClick={onBack}>
          <span aria-hidden="true">◀ </span>
          {t('demo.back')}
        </button>
        <button type="button" class="primary" data-testid="guide-print" disabled={!done} onClick={() => window.print()}>
          {t('demo.print_now')}
        </button>
        <span role="status">{done ? '' : t('demo.preparing', infos.length + 1, n)}</span>
      </header>
      <header class="guide-head">
        <p class="guide-brand">{t('ext.name')}</p>
        <h1>{t('demo.guide_title', portal)}</h1>
        <p class="guide-journey">{t(journey.name)}</p>
        <p>{t('demo.guide_intro')}</p>
      </header>
      {shown.map((s, i) => {
        const page = s.page !== null ? plan.pages[s.page] : undefined;
        if (!page) return null;
        const text = stepText(infos[i] ?? null, page.url);
        return (
          <article class="g-step" key={i} data-testid="guide-step" data-step-index={i}>
            <h2>
              <span class="g-num">{text?.counter || t('overlay.step_of', i + 1, n)}</span>
              {text?.title || stepTitle(s.portal, s.step)}
            </h2>
            <p class="g-addr">{t('demo.guide_address', new URL(page.url).host)}</p>
            <div class="g-pic">
              <div class="g-scale">
                <Stage
                  page={page}
                  journey={journey}
                  index={i}
                  prefs={storeFor(i)}
                  picture
                  title={t('demo.frame_title', stepTitle(s.portal, s.step))}
                  onReady={(info) => setInfos((prev) => (prev.length === i ? [...prev, info] : prev))}
                />
              </div>
            </div>
            {text ? (
              <div class="g-text">
                {text.origin && <p class="g-origin">{text.origin}</p>}
                {text.body.map((b, k) => (
                  <p key={k}>{b}</p>
                ))}
                {text.next && <p class="g-next">{text.next}</p>}
              </div>
            ) : (
              infos[i] && <p class="g-text">{t('demo.unrecognised')}</p>
            )}
          </article>
        );
      })}
    </div>
  );
}
