/**
 * Watching a page for what can make it (or stop it being) a recognised step: DOM mutations, in the document
 * and in every open shadow root found (RECIA's r-wayf), history changes, the user's clicks and changes, and a
 * few late looks after load for content that renders without any observable mutation. Used by the lean
 * content entry (is this page a step yet?) and by the overlay controller (which step, which state?); each
 * brings its own throttled `schedule`.
 */
import { shadowRoots } from './dom';

export interface WatchOptions {
  /** Attributes whose changes count (class, hidden…). */
  attributeFilter: string[];
  /** Mutation records to pass over (our own UI's). */
  ignore?: (r: MutationRecord) => boolean;
  /** Window events that mean the page changed under the same document (history, back/forward cache). */
  historyEvents: readonly string[];
}

export interface PageWatch {
  /** Observe the open shadow roots attached since the last call (call before each recognition pass). */
  observeShadowRoots(): void;
  /** Look again a few times, backing off (after load, after a history change, on request). */
  settle(): void;
  stop(): void;
}

/** Late rendering that mutates nothing observable (a shadow root attached by a timer): looks after load. */
const SETTLE_MS = [400, 1200, 3000, 6000];

export function watchPage(doc: Document, schedule: () => void, o: WatchOptions): PageWatch {
  const ignore = o.ignore;
  const observer = new MutationObserver((records) => {
    if (!ignore || records.some((r) => !ignore(r))) schedule();
  });
  const opts: MutationObserverInit = {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: o.attributeFilter,
    characterData: true,
  };
  observer.observe(doc, opts);
  const seen = new WeakSet<ShadowRoot>();
  const observeShadowRoots = () => {
    for (const r of shadowRoots(doc)) {
      if (seen.has(r)) continue;
      seen.add(r);
      observer.observe(r, opts);
    }
  };
  const timers: ReturnType<typeof setTimeout>[] = [];
  const settle = () => {
    timers.splice(0).forEach(clearTimeout);
    for (const ms of SETTLE_MS) timers.push(setTimeout(schedule, ms));
  };
  const onHistory = () => {
    schedule();
    settle();
  };
  const onUser = () => schedule();
  const win = doc.defaultView;
  observeShadowRoots();
  settle();
  for (const e of o.historyEvents) win?.addEventListener(e, onHistory);
  doc.addEventListener('click', onUser, true);
  doc.addEventListener('change', onUser, true);
  return {
    observeShadowRoots,
    settle,
    stop() {
      observer.disconnect();
      timers.splice(0).forEach(clearTimeout);
      for (const e of o.historyEvents) win?.removeEventListener(e, onHistory);
      doc.removeEventListener('click', onUser, true);
      doc.removeEventListener('change', onUser, true);
    },
  };
}
