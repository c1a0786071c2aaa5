/**
 * Messages between the content script / extension pages and the background, each checked with zod/mini.
 * Only our own extension's contexts are answered (sender check); nothing typed on a page is ever sent.
 */
import * as z from 'zod/mini';
import './zod-config';

const PortalIdSchema = z.enum(['netocentre', 'touraine-eschool', 'mon-ent-occitanie', 'educonnect']);
const StepIdSchema = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/));

export const JourneyMsg = z.object({
  type: z.literal('journey'),
  portal: PortalIdSchema,
  step: StepIdSchema,
  nav: z.enum(['navigate', 'reload', 'back_forward', 'other']),
});
export type JourneyMsg = z.infer<typeof JourneyMsg>;

export const LocaleMsg = z.object({
  type: z.literal('locale'),
  lang: z.enum(['fr', 'en', 'ar']),
});
export type LocaleMsg = z.infer<typeof LocaleMsg>;

export const Message = z.discriminatedUnion('type', [JourneyMsg, LocaleMsg]);
export type Message = z.infer<typeof Message>;

export function parseMessage(raw: unknown): Message | null {
  const r = z.safeParse(Message, raw);
  return r.success ? r.data : null;
}

/**
 * Who sent a message: our content script on an ENT page ('content'), one of our extension pages ('page'), or
 * anybody else (null: refused). Web pages cannot message us at all (no externally_connectable); this also
 * refuses other extensions and content scripts on pages that are not ENT pages.
 */
export function senderKind(
  sender: { id?: string; url?: string; tab?: unknown } | undefined,
  ownId: string,
  ownOrigin: string,
  isEntUrl: (url: string) => boolean,
): 'content' | 'page' | null {
  if (!sender || sender.id !== ownId || typeof sender.url !== 'string') return null;
  if (sender.url.startsWith(ownOrigin)) return 'page';
  if (sender.tab && isEntUrl(sender.url)) return 'content';
  return null;
}
