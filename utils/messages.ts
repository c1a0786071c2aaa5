/**
 * Messages between the content script / extension pages and the background, each checked with zod/mini.
 * Only our own extension's contexts are answered (sender check); nothing typed on a page is ever sent.
 */
import * as z from 'zod/mini';
import { PORTAL_IDS } from './portals/ids';
import { SITUATIONS } from './portals/types';
import './zod-config';

export const PortalIdSchema = z.enum(PORTAL_IDS);
const StepIdSchema = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/));
/** The family's situation (ids of utils/portals/types.ts SITUATIONS). */
export const SituationSchema = z.enum(SITUATIONS);

export const JourneyMsg = z.object({
  type: z.literal('journey'),
  portal: PortalIdSchema,
  step: StepIdSchema,
  nav: z.enum(['navigate', 'reload', 'back_forward', 'other']),
  /**
   * The family's situation, or null when it is not known (no journey, no counter). Left out by senders that
   * do not know situations yet (deprecated: the journey is then guessed).
   */
  situation: z.optional(z.nullable(SituationSchema)),
  /** The front whose page it is (StepDef.fronts: `mce`), and the sub-state it shows (`code`): ids only. */
  front: z.optional(z.nullable(StepIdSchema)),
  state: z.optional(z.nullable(StepIdSchema)),
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

// ---------------------------------------------------------------- popup → content script of the active tab
// The popup asks the content script of the tab it was opened on (browser.tabs.sendMessage) which step the
// page is, and may ask it to reopen a minimised help card. The answer holds ids and numbers only: never the
// page's text, never anything typed.

const KeySchema = z.string().check(z.regex(/^[a-z0-9_.-]{1,80}$/));

export const WhereMsg = z.object({ type: z.literal('where') });
export const ReopenMsg = z.object({ type: z.literal('reopen') });
export const TabRequest = z.discriminatedUnion('type', [WhereMsg, ReopenMsg]);
export type TabRequest = z.infer<typeof TabRequest>;

export function parseTabRequest(raw: unknown): TabRequest | null {
  const r = z.safeParse(TabRequest, raw);
  return r.success ? r.data : null;
}

const StepRef = z.object({ portal: PortalIdSchema, step: StepIdSchema, state: z.optional(StepIdSchema) });

export const WhereReply = z.object({
  rec: z.nullable(
    z.object({
      portal: PortalIdSchema,
      step: StepIdSchema,
      state: z.nullable(StepIdSchema),
      help: KeySchema,
      minimized: z.boolean(),
      journey: z.nullable(
        z.object({
          journey: StepIdSchema,
          name: KeySchema,
          x: z.int().check(z.gte(1), z.lte(99)),
          n: z.int().check(z.gte(1), z.lte(99)),
          origin: PortalIdSchema,
          next: z.nullable(StepRef),
        }),
      ),
      /** The situation the help follows, when known (the popup's « Où en suis-je ? » shows and changes it). */
      situation: z.optional(z.nullable(SituationSchema)),
    }),
  ),
});
export type WhereReply = z.infer<typeof WhereReply>;

export function parseWhereReply(raw: unknown): WhereReply | null {
  const r = z.safeParse(WhereReply, raw);
  return r.success ? r.data : null;
}

/** Build the content script's answer from the recognition and journey ids (extra fields are dropped). */
export function whereReply(
  rec: { portal: string; step: string; state: string | null; help: string; situation?: string | null } | null,
  journey: { journey: string; name: string; x: number; n: number; origin: string; next: { portal: string; step: string; state?: string } | null } | null,
  minimized: boolean,
): WhereReply {
  const out = parseWhereReply({
    rec: rec && {
      portal: rec.portal,
      step: rec.step,
      state: rec.state,
      help: rec.help,
      ...(rec.situation !== undefined ? { situation: rec.situation } : {}),
      minimized,
      journey: journey && {
        journey: journey.journey,
        name: journey.name,
        x: journey.x,
        n: journey.n,
        origin: journey.origin,
        next: journey.next && { portal: journey.next.portal, step: journey.next.step, ...(journey.next.state ? { state: journey.next.state } : {}) },
      },
    },
  });
  return out ?? { rec: null };
}
