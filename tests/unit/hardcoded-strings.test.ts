/**
 * No hard-coded user-visible text in the UI code: every text a family reads goes through t() and the locale
 * files. Scans components/, entrypoints/ and utils/ (*.tsx) with the JSX parser Vite uses and reports
 * file:line for text children with letters, string literals rendered as children, and string literals in
 * the attributes screen readers or tooltips show (aria-label, title, placeholder, alt, label…).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIRS = ['components', 'entrypoints', 'utils'];

/** Attributes whose value is read or shown to the user. */
export const TEXT_ATTRS = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/**
 * Not user-visible text, or text that is the same in every language: `file:text` pairs.
 * Keep this short; each entry says why.
 */
export const ALLOW = new Set<string>([]);

const LETTER = /\p{L}/u;

interface Node {
  type: string;
  start: number;
  end: number;
  [k: string]: unknown;
}

function isNode(v: unknown): v is Node {
  return !!v && typeof v === 'object' && typeof (v as Node).type === 'string';
}

function lineOf(src: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset && i < src.length; i++) if (src.charCodeAt(i) === 10) n++;
  return n;
}

/** String literals an expression can evaluate to when rendered (a ? 'x' : 'y', a || 'x', `x ${y}`). */
function renderedStrings(e: Node | null | undefined): Node[] {
  if (!e) return [];
  switch (e.type) {
    case 'Literal':
      return typeof e.value === 'string' ? [e] : [];
    case 'TemplateLiteral':
      return (e.quasis as Node[]).some((q) => LETTER.test(String((q.value as { cooked?: string }).cooked ?? ''))) ? [e] : [];
    case 'ConditionalExpression':
      return [...renderedStrings(e.consequent as Node), ...renderedStrings(e.alternate as Node)];
    case 'LogicalExpression':
      return [...renderedStrings(e.left as Node), ...renderedStrings(e.right as Node)];
    case 'ParenthesizedExpression':
    case 'TSAsExpression':
      return renderedStrings(e.expression as Node);
    default:
      return [];
  }
}

function textOf(src: string, n: Node): string {
  if (n.type === 'Literal') return String(n.value);
  if (n.type === 'JSXText') return String(n.value);
  return src.slice(n.start, n.end);
}

/** Hard-coded user-visible strings in one TSX source: `file:line: text`. */
export function findHardcoded(file: string, src: string): string[] {
  const ast = parseSync(file, src, { lang: 'tsx' });
  if (ast.errors.length) return [`${file}: cannot parse (${ast.errors[0].message})`];
  const found: { line: number; msg: string }[] = [];
  const report = (n: Node, what: string) => {
    const text = textOf(src, n).replace(/\s+/g, ' ').trim();
    if (!LETTER.test(text) || ALLOW.has(`${file}:${text}`)) return;
    const lead = n.type === 'JSXText' ? String(n.value).search(/\S/) : 0;
    found.push({ line: lineOf(src, n.start + Math.max(0, lead)), msg: `${what} ${JSON.stringify(text)}` });
  };
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(visit);
    if (!isNode(n)) return;
    if (n.type === 'JSXText') report(n, 'text');
    if (n.type === 'JSXElement' || n.type === 'JSXFragment') {
      for (const c of n.children as Node[]) {
        if (c.type === 'JSXExpressionContainer') for (const s of renderedStrings(c.expression as Node)) report(s, 'text');
      }
    }
    if (n.type === 'JSXAttribute') {
      const name = n.name as Node;
      const attr = name.type === 'JSXIdentifier' ? String(name.name) : '';
      if (TEXT_ATTRS.has(attr)) {
        const v = n.value as Node | null;
        if (v?.type === 'Literal') report(v, `${attr}=`);
        else if (v?.type === 'JSXExpressionContainer') for (const s of renderedStrings(v.expression as Node)) report(s, `${attr}=`);
      }
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'type' && (typeof v === 'object' || Array.isArray(v))) visit(v);
  };
  visit(ast.program);
  return found.sort((a, b) => a.line - b.line).map((f) => `${file}:${f.line}: ${f.msg}`);
}

function sources(): string[] {
  const out: string[] = [];
  for (const d of DIRS) {
    const abs = path.join(ROOT, d);
    if (!fs.existsSync(abs)) continue;
    for (const f of fs.readdirSync(abs, { recursive: true }) as string[]) {
      if (f.endsWith('.tsx')) out.push(path.join(d, f).split(path.sep).join('/'));
    }
  }
  return out.sort();
}

describe('no hard-coded user-visible strings', () => {
  it('the scanner finds text children, literal children and text attributes, with their line', () => {
    const src = [
      'export const A = () => (',
      '  <div title="Aide" data-testid="ce-x" class="ce-card">',
      '    Bonjour',
      "    {ok ? 'Oui' : t('no')}",
      '    <img alt={`Image ${n}`} />',
      '    <span aria-hidden="true">?</span> –',
      "    <input placeholder={t('a') || 'Votre nom'} aria-label={t('b')} />",
      "    {t('fine')} {1}",
      '  </div>',
      ');',
    ].join('\n');
    expect(findHardcoded('x.tsx', src)).toEqual([
      'x.tsx:2: title= "Aide"',
      'x.tsx:3: text "Bonjour"',
      'x.tsx:4: text "Oui"',
      'x.tsx:5: alt= "`Image ${n}`"',
      'x.tsx:7: placeholder= "Votre nom"',
    ]);
  });

  it('scans the UI sources', () => {
    const files = sources();
    expect(files).toContain('components/HelpPanel.tsx');
    expect(files).toContain('entrypoints/popup/App.tsx');
    expect(files.length).toBeGreaterThan(5);
  });

  it('components, entrypoints and utils contain none', () => {
    const found = sources().flatMap((f) => findHardcoded(f, fs.readFileSync(path.join(ROOT, f), 'utf8')));
    expect(found).toEqual([]);
  });
});
