/**
 * Which tab the popup is about (the active tab through activeTab; the last used other tab when the popup is a
 * page of its own; `?tab=<id>[&url=…]` in tests), and what its content script says.
 * Why each path: docs/decisions/popup-target.md (test path: README « The popup »).
 * In the popup's first chunk: the browser's own API (no polyfill), the answer's zod check loaded when asked.
 */
import { extApi } from '@/utils/ext-api';
import type { WhereReply } from '@/utils/messages';

export interface Target {
  id?: number;
  url?: string;
}

export async function findTarget(search = location.search): Promise<Target> {
  const tabs = extApi().tabs;
  const q = new URLSearchParams(search);
  const forced = q.get('tab');
  if (forced && /^\d{1,10}$/.test(forced)) {
    const id = Number(forced);
    const tab = await tabs.get(id).catch(() => null);
    return { id, url: tab?.url || q.get('url') || undefined };
  }
  // Both questions at once (each a round trip to the browser): the active tab, and whether the popup is a tab.
  const [[tab], own] = await Promise.all([
    tabs.query({ active: true, currentWindow: true }).catch(() => []),
    Promise.resolve()
      .then(() => tabs.getCurrent())
      .catch(() => undefined),
  ]);
  // Firefox for Android opens the popup as a page of its own: the active tab is then the popup itself, and the
  // page the user was on is the most recently used other tab (activeTab was granted on it).
  if (own && tab && tab.id === own.id) {
    const others = (await tabs.query({ currentWindow: true }).catch(() => [])).filter((t) => t.id !== own.id);
    const last = others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
    return { id: last?.id, url: last?.url };
  }
  return { id: tab?.id, url: tab?.url };
}

/** Ask the tab's content script where the page is; null when no content script answers (not an ENT page,
 * or the page was open before the extension was installed). */
export async function askWhere(tabId: number | undefined, type: 'where' | 'reopen' = 'where'): Promise<WhereReply | null> {
  if (tabId === undefined) return null;
  try {
    const [raw, { parseWhereReply }] = await Promise.all([extApi().tabs.sendMessage(tabId, { type }), import('@/utils/messages')]);
    return parseWhereReply(raw);
  } catch {
    return null;
  }
}
