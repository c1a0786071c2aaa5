/**
 * Small DOM helpers shared by the recogniser and the overlay: accent-insensitive text, queries that pierce
 * open shadow roots, and a cheap visibility test. Pure: they only read the document they are given.
 */

import type { NavKind } from './journey';

const TEXT_LIMIT = 300_000;
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'COMPAGNON-ENT']);

/** Lower case, no accents, typographic quotes and spaces folded: "Élève(s) ou parent" → "eleve(s) ou parent". */
export function normalize(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/[’‘`´]/g, "'")
    .replace(/[«»“”]/g, '"')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .toLowerCase()
    .trim();
}

/** Every open shadow root below `root` (depth-first), including nested ones. */
export function shadowRoots(root: ParentNode): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const visit = (r: ParentNode) => {
    const all = r.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) {
      const sr = (all[i] as Element).shadowRoot;
      if (sr && sr.mode === 'open' && (all[i] as Element).localName !== 'compagnon-ent') {
        out.push(sr);
        visit(sr);
      }
    }
  };
  visit(root);
  return out;
}

/** A query context over one document: caches shadow roots and the page text for one recognition pass. */
export class DomView {
  private roots?: ParentNode[];
  private textCache?: string;
  private shortCache?: string;
  /** Visibility answers of this pass (one recognition pass sees one state of the page). */
  private readonly shownCache = new Map<Element, boolean>();
  constructor(readonly doc: Document) {}

  /** isShown(), remembering the answer for the element and its ancestors during this pass. */
  shown(el: Element): boolean {
    return isShown(el, this.shownCache);
  }

  private allRoots(): ParentNode[] {
    if (!this.roots) this.roots = [this.doc, ...shadowRoots(this.doc)];
    return this.roots;
  }

  /** querySelectorAll over the document and its open shadow roots. Invalid selectors match nothing. */
  queryAll(selector: string): Element[] {
    const out: Element[] = [];
    for (const r of this.allRoots()) {
      let found: NodeListOf<Element>;
      try {
        found = r.querySelectorAll(selector);
      } catch {
        return [];
      }
      for (let i = 0; i < found.length; i++) {
        const el = found[i];
        if (!insideOwnUi(el)) out.push(el);
      }
    }
    return out;
  }

  query(selector: string): Element | null {
    return this.queryAll(selector)[0] ?? null;
  }

  /** Normalised visible-ish text of the page (hidden subtrees skipped), open shadow roots included. */
  text(): string {
    if (this.textCache === undefined) {
      const parts: string[] = [];
      let size = 0;
      const body = this.doc.body ?? this.doc.documentElement;
      if (body) {
        collectText(body, parts, () => size, (n) => (size += n));
        if (this.doc.title) parts.push(this.doc.title);
      }
      this.textCache = normalize(parts.join(' '));
    }
    return this.textCache;
  }

  /**
   * The page text without its long blocks: the text of every block (paragraph, list item, cell, div…) whose
   * own normalised text is at most `SHORT_BLOCK` characters (`SHORT_PROSE` for paragraphs) — headings, labels, buttons, messages — so that a
   * help page quoting a step's words inside its paragraphs does not read as that step. The title is kept.
   */
  shortText(): string {
    if (this.shortCache === undefined) {
      const parts: string[] = [];
      const body = this.doc.body ?? this.doc.documentElement;
      if (body) collectShort(body, parts); // open shadow roots are walked where they are attached
      if (this.doc.title) parts.push(this.doc.title);
      this.shortCache = normalize(parts.join(' '));
    }
    return this.shortCache;
  }
}

const SHORT_BLOCK = 200;
/** Prose blocks (paragraphs, list items, quotes) count only when shorter: a sentence quoting a label. */
const SHORT_PROSE = 100;
const PROSE = new Set(['P', 'LI', 'DD', 'BLOCKQUOTE', 'ARTICLE']);
const INLINE = new Set(['A', 'SPAN', 'STRONG', 'EM', 'B', 'I', 'U', 'Q', 'SMALL', 'CODE', 'ABBR', 'MARK', 'SUB', 'SUP', 'BR', 'IMG', 'LABEL', 'INPUT', 'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'S', 'CITE', 'TIME', 'FONT']);

/**
 * One bottom-up pass, linear in the page size: each element's text is built from its children's, cut just past
 * the longest limit (a parent of a long child is long too). A short element gives its whole text; a long block
 * gives what its short child elements give (its own sentences are left out); a long inline element, nothing.
 */
function collectShort(root: ParentNode, out: string[]): void {
  const CUT = SHORT_BLOCK + 1;
  let budget = TEXT_LIMIT;
  const join = (xs: string[]) => {
    const t = xs.join(' ');
    return t.length > CUT ? t.slice(0, CUT) : t;
  };
  const walk = (node: Node, parts: string[]): string => {
    const texts: string[] = [];
    for (let c = node.firstChild; c && budget > 0; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const v = (c.nodeValue ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
        if (v) {
          texts.push(v.length > CUT ? v.slice(0, CUT) : v);
          budget -= v.length;
        }
        continue;
      }
      if (c.nodeType !== 1) continue;
      const el = c as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag) || isHiddenMarked(el)) continue;
      const own = ownWords(el, tag);
      if (own.hiddenInput) continue;
      const inner: string[] = [];
      const childParts: string[] = [];
      if (tag !== 'INPUT') {
        if (el.shadowRoot && el.shadowRoot.mode === 'open') inner.push(walk(el.shadowRoot, childParts));
        inner.push(walk(el, childParts));
      }
      const text = join([...own.words, ...inner].filter(Boolean));
      if (!text) continue;
      texts.push(text);
      if (text.length <= (PROSE.has(tag) ? SHORT_PROSE : SHORT_BLOCK)) parts.push(text);
      else if (!INLINE.has(tag)) for (const x of childParts) parts.push(x);
    }
    return join(texts);
  };
  walk(root, out);
}

/** A shadow root, whichever window it comes from (the demo page reads a frame's document: no instanceof). */
function isShadowRoot(n: Node): n is ShadowRoot {
  return n.nodeType === 11 && !!(n as ShadowRoot).host;
}

function insideOwnUi(el: Element): boolean {
  const root = el.getRootNode();
  return isShadowRoot(root) && (root.host as Element).localName === 'compagnon-ent';
}

function isHiddenMarked(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function collectText(node: Node, parts: string[], size: () => number, add: (n: number) => void): void {
  if (size() > TEXT_LIMIT) return;
  if (node.nodeType === 3) {
    const v = node.nodeValue ?? '';
    if (v.trim()) {
      parts.push(v);
      add(v.length);
    }
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 11) return;
  if (node.nodeType === 1) {
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || isHiddenMarked(el)) return;
    const own = ownWords(el, tag);
    parts.push(...own.words);
    if (tag === 'INPUT') return;
    if (el.shadowRoot && el.shadowRoot.mode === 'open') collectText(el.shadowRoot, parts, size, add);
  }
  for (let c = node.firstChild; c; c = c.nextSibling) collectText(c, parts, size, add);
}

/**
 * What an element tells a reader besides its text nodes: an accessible name given in aria-label (labels moved
 * out of the markup by a redesign), a field's placeholder, a button input's value. A hidden input gives only
 * its aria-label (`hiddenInput`: its caller skips it).
 */
function ownWords(el: Element, tag: string): { words: string[]; hiddenInput: boolean } {
  const words: string[] = [];
  const aria = el.getAttribute('aria-label');
  if (aria) words.push(aria);
  if (tag === 'INPUT') {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (type === 'hidden') return { words, hiddenInput: true };
    if (type === 'submit' || type === 'button') words.push(el.getAttribute('value') ?? '');
  }
  if (tag === 'INPUT' || tag === 'TEXTAREA') {
    const ph = el.getAttribute('placeholder');
    if (ph) words.push(ph);
  }
  return { words, hiddenInput: false };
}

/** Rendered, as far as markup and computed style tell (ancestors crossed through shadow hosts). */
export function isShown(el: Element, known?: Map<Element, boolean>): boolean {
  const win = el.ownerDocument?.defaultView;
  // Elements walked up to the answer: they share it (shown up to the root, or inside the hidden ancestor).
  const walked: Element[] = [];
  let cur: Element | null = el;
  let shown = true;
  while (cur) {
    const k = known?.get(cur);
    if (k !== undefined) {
      shown = k;
      break;
    }
    walked.push(cur);
    if (cur.hasAttribute('hidden')) {
      shown = false;
      break;
    }
    if (win) {
      const cs = win.getComputedStyle(cur);
      if (cs.display === 'none' || cs.visibility === 'hidden') {
        shown = false;
        break;
      }
    }
    if (cur.parentElement) cur = cur.parentElement;
    else {
      const root = cur.getRootNode();
      cur = isShadowRoot(root) ? (root.host as Element) : null;
    }
  }
  if (known) for (const w of walked) known.set(w, shown);
  return shown;
}

/** Normalised text of one element (its shadow root included). */
export function elementText(el: Element): string {
  const parts: string[] = [];
  let size = 0;
  collectText(el, parts, () => size, (n) => (size += n));
  // collectText already read the element's own aria-label (and an input button's value); add a plain value.
  const label = el.getAttribute('aria-label') ? '' : (el.getAttribute('value') ?? '');
  return normalize(`${parts.join(' ')} ${label}`);
}

/** How the page was reached (Navigation Timing): a reload or Back must not trigger what an arrival does. */
export function navigationKind(doc: Document): NavKind {
  try {
    const e = doc.defaultView?.performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
    const t = e?.type;
    return t === 'reload' || t === 'back_forward' || t === 'navigate' ? t : e ? 'other' : 'navigate';
  } catch {
    return 'navigate';
  }
}
