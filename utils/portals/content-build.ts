/**
 * True in the content script's builds only (modules/content-entries.ts defines `__CE_CONTENT_ENTRY__`): portal
 * data that only extension pages and the background read (the journeys) is written `CONTENT_BUILD ? [] : …`,
 * and the bundler leaves it out of the entries. Everywhere else (other builds, tests, scripts) it is false.
 */
declare const __CE_CONTENT_ENTRY__: boolean | undefined;
export const CONTENT_BUILD: boolean = typeof __CE_CONTENT_ENTRY__ !== 'undefined' && !!__CE_CONTENT_ENTRY__;
