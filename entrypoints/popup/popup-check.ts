/**
 * The official-site check, loaded by the popup in its own chunk (`chunks/popup-check-*.js`: the public-suffix
 * list and the confusable-characters table) after the first paint. The `popup` prefix keeps it in the popup
 * figures of `npm run bench`.
 */
export { checkUrl } from '@/utils/official/check';
