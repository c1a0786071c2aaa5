/**
 * Hardening: at least 1000 mutated variants of every fixture page (FUZZ_RUNS, default 1000). recognize() never
 * throws, and never claims a step on a page that lost its defining signals (all text, ids, classes, names and
 * link targets scrubbed). fast-check drives the mutations (seeded, so failures replay). Huge pages (thousands
 * of extra nodes) have their own, smaller test.
 *
 * Runs in Chromium (vitest's browser mode, the `fuzz` project of vitest.config.ts): a real DOM, with real
 * computed styles; in happy-dom this suite was three quarters of the unit suite's CPU
 * (docs/decisions/fuzz-in-browser.md).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PORTALS } from '@/utils/portals';
import { recognize } from '@/utils/recognize';
import { parseFixtureText } from '../../scripts/fixture-header.mjs';

// Variants per fixture page (issue 9: ≥ 1000). FUZZ_RUNS is read by vitest.config.ts (the page has no process).
const RUNS = Number(import.meta.env.FUZZ_RUNS ?? 1000);
// Each fixture's variants run in chunks, each chunk in a fresh frame that is removed after it (no document
// grows for thousands of variants).
const CHUNK = 250;

// Every fixture page, as text (Vite reads them; this runs in a page, without a file system).
const FILES = import.meta.glob('../fixtures/**/*.html', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const FIXTURES = Object.entries(FILES).map(([file, html]) => parseFixtureText(file.replace(/^\.\.\/fixtures\//, ''), html));

/** A fresh same-origin frame: its document has a window (computed styles), and goes with the frame. Recognition
 * reads attributes, never resolved addresses: the frame's own address does not matter. */
function frame(): { doc: Document; close(): void } {
  const el = document.createElement('iframe');
  el.style.cssText = 'width:1280px;height:800px;border:0;position:absolute;left:-99999px';
  document.body.append(el);
  const d = el.contentDocument!;
  d.open();
  d.write('<!doctype html><html><head></head><body></body></html>');
  d.close();
  return { doc: d, close: () => el.remove() };
}

let doc: Document;
function load(html: string): Document {
  doc.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  doc.title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? '';
  return doc;
}

/**
 * A loader for many variants of one page in the current window: the HTML is parsed once, and each variant
 * starts from a deep copy of that parsed tree (cloning a tree is cheaper than parsing it again). The
 * copy replaces the document element, so every variant starts from the same pristine page.
 */
function templateLoader(html: string): () => Document {
  const template = load(html).documentElement.cloneNode(true);
  return () => {
    doc.removeChild(doc.documentElement);
    doc.appendChild(template.cloneNode(true));
    return doc;
  };
}

type Mutation =
  | { kind: 'rename-attr'; pick: number }
  | { kind: 'remove'; pick: number }
  | { kind: 'duplicate'; pick: number }
  | { kind: 'text'; pick: number; text: string }
  | { kind: 'nest'; depth: number }
  | { kind: 'shadow'; pick: number; html: string }
  | { kind: 'bulk'; n: number };

// Weighted: the cheap structural mutations dominate; deep nesting and bulk growth are rarer (big trees are slow to
// build) and pages of thousands of nodes are the separate "huge pages" test below.
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('rename-attr' as const), pick: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), pick: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('text' as const), pick: fc.nat(), text: fc.string({ maxLength: 40 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('nest' as const), depth: fc.integer({ min: 1, max: 80 }) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('shadow' as const),
      pick: fc.nat(),
      html: fc.constantFrom('<p>x</p>', '<input type=password>', '<a href="?idpId=x">Élève ou parent</a>', '<script>1</script>'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('bulk' as const), n: fc.integer({ min: 20, max: 200 }) }) },
);

function apply(doc: Document, m: Mutation): void {
  if (!doc.body) return;
  const all = [...doc.body.querySelectorAll('*')];
  if (!all.length && (m.kind === 'remove' || m.kind === 'text')) return;
  const el = all.length ? all[('pick' in m ? m.pick : 0) % all.length] : doc.body;
  switch (m.kind) {
    case 'rename-attr':
      for (const a of [...el.attributes]) {
        el.removeAttribute(a.name);
        el.setAttribute(`x-${a.name}`, a.value);
      }
      break;
    case 'remove':
      el.remove();
      break;
    case 'duplicate':
      el.after(el.cloneNode(true));
      break;
    case 'text':
      el.textContent = m.text;
      break;
    case 'nest': {
      let wrap = doc.createElement('div');
      const top = wrap;
      for (let i = 1; i < m.depth; i++) wrap = wrap.appendChild(doc.createElement('div'));
      while (doc.body.firstChild) wrap.appendChild(doc.body.firstChild);
      doc.body.appendChild(top);
      break;
    }
    case 'shadow':
      if (!el.shadowRoot && /^(div|span|section|p)$/i.test(el.localName)) el.attachShadow({ mode: 'open' }).innerHTML = m.html;
      break;
    case 'bulk':
      for (let i = 0; i < m.n; i++) doc.body.appendChild(doc.createElement('span')).textContent = 'lorem ipsum';
      break;
  }
}

/** Remove every defining signal: text, attributes (ids, classes, names, types, hrefs, values), custom elements. */
function scrub(doc: Document): void {
  for (const el of [...doc.querySelectorAll('*')]) {
    if (el.shadowRoot) el.shadowRoot.innerHTML = '';
    for (const a of [...el.attributes]) el.removeAttribute(a.name);
    if (el.localName.includes('-')) el.replaceWith(...el.childNodes);
  }
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (const t of texts) t.data = 'abc';
  doc.title = '';
}

/**
 * The fuzz suite over one shard of the fixture pages (every `shards`-th page by size, from `shard`): the unit runner
 * runs the shard files in parallel workers.
 */
export function fuzzSuite(shard: number, shards: number): void {
  // Dealt by page size (the cost of a variant grows with it), so that the shards carry equal work.
  const fixtures = [...FIXTURES]
    .sort((a, b) => b.html.length - a.html.length || a.name.localeCompare(b.name))
    .filter((_: unknown, i: number) => i % shards === shard);
  fuzzed(fixtures);
  huge(fixtures);
}

function fuzzed(fixtures: { name: string; url: string; html: string }[]): void {
  describe('fuzzed fixture pages', () => {
    for (const f of fixtures) {
      it(`${f.name}: ${RUNS} variants never throw; a scrubbed page is never a step`, async () => {
        let runs = 0;
        for (let start = 0; start < RUNS; start += CHUNK) {
          const win = frame();
          doc = win.doc;
          const fresh = templateLoader(f.html);
          try {
            fc.assert(
              fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.boolean(), (ms, scrubIt) => {
                fresh();
                for (const m of ms) apply(doc, m);
                if (scrubIt) scrub(doc);
                runs++;
                const r = recognize(f.url, doc, PORTALS); // recognize() catches internally; it must not throw anyway
                if (scrubIt) expect(r, 'scrubbed page claimed a step').toBeNull();
              }),
              { numRuns: Math.min(CHUNK, RUNS - start), seed: 42 + start },
            );
          } finally {
            win.close();
          }
        }
        expect(runs).toBeGreaterThanOrEqual(RUNS);
      }, 600_000);
    }
  });
}

function huge(fixtures: { name: string; url: string; html: string }[]): void {
  describe('huge fixture pages', () => {
    // Thousands of extra nodes, deep nesting and long text: recognition still answers (TEXT_LIMIT caps the text
    // read) and a scrubbed huge page is still never a step.
    for (const f of fixtures) {
      it(`${f.name}: huge variants keep their answer, scrubbed ones are never a step`, async () => {
        const win = frame();
        doc = win.doc;
        try {
          load(f.html);
          const plain = recognize(f.url, doc, PORTALS)?.step ?? null;
          for (const [extra, depth, scrubIt] of [[3000, 1, false], [1500, 200, false], [2000, 50, true]] as const) {
            const filler = `<div><p>${'lorem ipsum dolor sit amet '.repeat(2000)}</p>${'<span>texte</span>'.repeat(extra)}</div>`;
            load(f.html.replace(/<\/body>/i, `${filler}</body>`));
            apply(doc, { kind: 'nest', depth });
            expect(doc.querySelectorAll('span').length).toBeGreaterThanOrEqual(extra);
            if (scrubIt) scrub(doc);
            const r = recognize(f.url, doc, PORTALS);
            // Signals intact: the same answer as the plain page; signals scrubbed: never a step.
            if (scrubIt) expect(r).toBeNull();
            else expect(r?.step ?? null).toBe(plain);
          }
        } finally {
          win.close();
        }
      }, 120_000);
    }
  });
}
