/**
 * The portals the content script recognises. Here every portal (type-checking, `wxt dev`); each built script
 * gets a module of its own group's portals instead (modules/content-entries.ts), with the path of its group's
 * first-card texts (modules/content-ui.ts `portalTexts`).
 */
export { ENT_MATCHES, PORTALS } from '@/utils/portals';
/** The group's first-card texts in the built extension, or null (every text is in the UI module). */
export const FIRST_TEXTS: string | null = null;
