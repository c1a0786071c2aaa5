/**
 * What the first card (./ui.tsx) leaves to a frame after its first paint, for the features' sake: the built-in
 * French texts it does not carry (modules/content-ui.ts `LATER_TEXTS`) and the features' CSS. One chunk.
 */
import addLaterTexts from 'virtual:ce-built-in-messages-later';
import featuresCss from '@/overlay/features.css?inline';

export { addLaterTexts, featuresCss };
