/**
 * Build-time module: preact's renderer without its `dangerouslySetInnerHTML` branch.
 *
 * preact writes `dom.innerHTML = props.dangerouslySetInnerHTML.__html` when a component passes that prop. No
 * component of ours does (tests/unit/no-inner-html.test.ts checks the sources for it and for any other HTML
 * sink), and page text is only ever rendered as text nodes. The one assignment in preact's bundle is what AMO's
 * linter (`web-ext lint`, UNSAFE_VAR_ASSIGNMENT) flags in every bundle holding preact; it is replaced here by an
 * error, so a future use of the prop fails loudly in the tests instead of writing HTML. The build fails if
 * preact's code no longer holds exactly one such assignment (a preact update must be looked at again).
 */
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

/** `<dom>.innerHTML=<props>.__html` as preact's minified bundle writes it. */
export const PREACT_INNER_HTML = /([\w$]+)\.innerHTML=([\w$]+)\.__html/g;
export const REPLACEMENT = '(()=>{throw Error("compagnon-ent: dangerouslySetInnerHTML is not allowed")})()';

/** preact's bundle with its one innerHTML assignment replaced; throws when there is not exactly one. */
export function stripInnerHtml(code: string, id = 'preact'): string {
  const n = code.match(PREACT_INNER_HTML)?.length ?? 0;
  if (n !== 1) throw new Error(`no-inner-html: expected one innerHTML assignment in ${id}, found ${n}`);
  return code.replace(PREACT_INNER_HTML, REPLACEMENT);
}

/** preact's renderer module (the file the bundles take `render`/`h` from), whatever the path to node_modules. */
export const isPreactRenderer = (id: string) => /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.m?js$/.test(id.split('?')[0]);

export function noInnerHtml(): Plugin {
  return {
    name: 'compagnon:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!isPreactRenderer(id)) return null;
      return { code: stripInnerHtml(code, id), map: null };
    },
  };
}

export default defineWxtModule({
  name: 'no-inner-html',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [noInnerHtml()] }));
  },
});
