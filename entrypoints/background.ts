import { advance, JOURNEY_TTL_MS, type JourneyState } from '@/utils/journey';
import { readLocaleFile } from '@/utils/page-language-first';
import { type JourneyMsg, parseMessage, senderKind } from '@/utils/messages';
import { PORTALS } from '@/utils/portals';
import { resolvePortal } from '@/utils/recognize';

/**
 * Journey state per tab, in session storage: cleared when the browser closes, never synced. The journey is
 * the one of the family's situation (ids only); an unknown situation gives no journey (no counter).
 */
async function journeyFor(tabId: number, msg: JourneyMsg) {
  const key = `journey:${tabId}`;
  const store = browser.storage.session ?? browser.storage.local;
  const got = (await store.get(key))[key] as JourneyState | undefined;
  const now = Date.now();
  // EduConnect reached from an ENT: its page does not know yet which portal the journey started on (the
  // family answered there). The tab's journey goes on with its situation; the page learns the origin from the
  // answer and deduces again with that portal's answer (overlay/state.ts `journeyLoaded`).
  const fresh = got && now - got.updated < JOURNEY_TTL_MS ? got : null;
  const situation =
    msg.situation === null && fresh?.situation && fresh.origin !== msg.portal ? fresh.situation : msg.situation;
  const res = advance(got ?? null, { portal: msg.portal, step: msg.step, front: msg.front, state: msg.state }, PORTALS, msg.nav, now, situation);
  if (!res) return null;
  await store.set({ [key]: res.state });
  return res.view;
}

function isEntUrl(url: string): boolean {
  try {
    return !!resolvePortal(new URL(url), null, PORTALS);
  } catch {
    return false;
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const kind = senderKind(sender, browser.runtime.id, browser.runtime.getURL('/' as '/popup.html'), isEntUrl);
    if (!kind) return undefined;
    const msg = parseMessage(raw);
    if (!msg) return undefined;
    if (msg.type === 'journey') {
      if (kind !== 'content') return undefined;
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      return journeyFor(tabId, msg);
    }
    if (msg.type === 'locale') return readLocaleFile(msg.lang);
    return undefined;
  });
  browser.tabs?.onRemoved?.addListener((tabId) => {
    void (browser.storage.session ?? browser.storage.local).remove(`journey:${tabId}`);
  });
});
