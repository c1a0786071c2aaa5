/**
 * The UI module's one chunk (docs/decisions/first-card.md), imported by the first card (./ui.tsx) a frame
 * after its first paint, or at once when the first paint needs storage (a migration is due, an odd value):
 * zod, WXT storage and its migrations, the popup's questions, the texts and CSS of the features, and the
 * features themselves.
 */
// First: zod must be jitless before any schema is created (no `new Function` on the page).
import '@/utils/zod-config';
import { parseTabRequest, whereReply } from '@/utils/messages';
import type { Controller } from '@/overlay/controller';
import addLaterTexts from 'virtual:ce-built-in-messages-later';

export { langItem } from '@/utils/storage/lang';
export { prefsItem } from '@/utils/storage/prefs';
export { situationItem } from '@/utils/storage/situation';
export { addLaterTexts };
export { default as featuresCss } from '@/overlay/features.css?inline';
export { capsLockFeature } from '@/overlay/features/caps-lock';
export { passwordFeature } from '@/overlay/features/password';
export { rememberFeature } from '@/overlay/features/remember';
export { supportFeature } from '@/overlay/features/support';

/** The popup (our own extension page, through tabs.sendMessage; the sender is checked by the caller) asks
 * which step this page is, or asks to reopen the minimised help. Answers hold ids only, never page text;
 * undefined: not a question of ours. */
export function answerTab(raw: unknown, controller: Controller, reopenButton: () => HTMLElement | null): Promise<unknown> | undefined {
  const req = parseTabRequest(raw);
  if (!req) return undefined;
  const answer = () => {
    const rec = controller.current();
    // The position the card shows (ids only), for the popup's « Où en suis-je ? ».
    return whereReply(rec, rec ? controller.journey() : null, !!reopenButton());
  };
  const button = req.type === 'reopen' ? reopenButton() : null;
  if (!button) return Promise.resolve(answer());
  // The help card's own reopen button: same path as a click on the page (the choice is remembered).
  button.click();
  return new Promise((resolve) => setTimeout(() => resolve(answer()), 60));
}
