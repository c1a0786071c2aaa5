import { advance, type JourneyState } from '@/utils/journey';
import { readLocaleFile } from '@/utils/locale';
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
  const res = advance(got ?? null, { portal: msg.portal, step: msg.step }, PORTALS, msg.nav, Date.now(), msg.situation);
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
