/**
 * zod compiles fast object parsers with `new Function` when it can; extension pages (MV3 CSP), portals with
 * a strict CSP and AMO's linter all object to that. `jitless` makes zod interpret schemas instead, and skips
 * its `new Function('')` probe: no eval at run time.
 *
 * Side-effect module, imported first by every module that defines zod schemas (utils/storage/validated.ts,
 * utils/messages.ts, the content UI): zod reads the setting when a schema is *created*, so it must run
 * before any schema exists.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export const ZOD_JITLESS = true;
