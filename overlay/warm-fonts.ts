/**
 * The card's fonts, made ready before the card is laid out. On Linux, Chromium asks the browser process, in
 * a blocking call, for each font size and weight a renderer draws text in for the first time: most of the
 * card's first layout went there (bench/README.md « The first card », session 12).
 * Measuring a few letters on a canvas that never enters the page does the same asking, in a task of its own:
 * while the page is still arriving, or just before the card's first render. Elsewhere it is cheap.
 */

const SAMPLE = 'Aé«1';
/** One declaration's value in a rule's body, compiled once (this runs on every page the card opens on). */
const DECL = {
  font: /(?:^|[;\s])font\s*:\s*([^;]+)/,
  'font-size': /(?:^|[;\s])font-size\s*:\s*([^;]+)/,
  'font-weight': /(?:^|[;\s])font-weight\s*:\s*([^;]+)/,
  'font-style': /(?:^|[;\s])font-style\s*:\s*([^;]+)/,
};

interface Font {
  style: string;
  weight: string;
  size: string;
  family: string | null;
}

/** The CSS `font` values (style, weight, size, family) the rules of `css` give their text. A rule that sets
 * only some of them takes the others from the first rule with a family (the card's root). */
export function fontStrikes(css: string): string[] {
  const fonts: Font[] = [];
  for (const [, body] of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/\{([^{}]*)\}/g)) {
    const decl = (name: keyof typeof DECL) => DECL[name].exec(body)?.[1].trim();
    const f: Partial<Font> = {};
    const short = decl('font');
    const m = short && /^(?:(italic|oblique)\s+)?(?:(normal|bold|\d{3})\s+)?([\d.]+px)(?:\/\S+)?\s+(.+)$/.exec(short);
    if (m) Object.assign(f, { style: m[1], weight: m[2], size: m[3], family: m[4] });
    f.size = decl('font-size')?.match(/^[\d.]+px$/)?.[0] ?? f.size;
    f.weight = decl('font-weight') ?? f.weight;
    f.style = decl('font-style') ?? f.style;
    if (f.size || f.weight || f.style) fonts.push({ style: f.style ?? '', weight: f.weight ?? '', size: f.size ?? '', family: f.family ?? null });
  }
  const root = fonts.find((f) => f.family);
  if (!root) return [];
  const out = new Set<string>();
  for (const f of fonts) {
    const weight = f.weight === 'bold' ? '700' : f.weight === 'normal' ? '' : f.weight;
    out.add([f.style === 'normal' ? '' : f.style, weight, f.size || root.size, f.family ?? root.family].filter(Boolean).join(' '));
  }
  return [...out];
}

/** Shapes a few letters in each of the fonts `css` uses, on a canvas of `doc` that is never attached. */
export function warmFonts(doc: Document, css: string): void {
  let ctx: CanvasRenderingContext2D | null = null;
  try {
    ctx = doc.createElement('canvas').getContext('2d');
  } catch {
    /* no canvas (a test DOM): nothing to prepare */
  }
  if (!ctx) return;
  for (const font of fontStrikes(css)) {
    ctx.font = font;
    ctx.measureText(SAMPLE);
  }
}
