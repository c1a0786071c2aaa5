/**
 * No hard-coded user-visible text in the UI code: every text a family reads goes through t() and the locale
 * files. Scans components/, entrypoints/, overlay/ and utils/ (*.tsx, *.ts) with the parser Vite uses and reports
 * file:line for JSX text children with letters, string literals rendered as children, string literals in
 * the attributes screen readers or tooltips show (aria-label, title, placeholder, alt, label…), and the same
 * set from code (el.textContent = '…', setAttribute('title', '…')). The product's name is allowed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIRS = ['components', 'entrypoints', 'overlay', 'utils'];

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
/** The product's name is the same in every language. */
const BRAND = 'Compagnon ENT';

/** DOM properties whose value is shown or read to the user when assigned from code. */
const TEXT_PROPS = new Set(['textContent', 'innerText', 'title', 'placeholder', 'ariaLabel', 'alt']);

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
  const ast = parseSync(file, src, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts' });
  if (ast.errors.length) return [`${file}: cannot parse (${ast.errors[0].message})`];
  const found: { line: number; msg: string }[] = [];
  const report = (n: Node, what: string) => {
    const text = textOf(src, n).replace(/\s+/g, ' ').trim();
    if (!LETTER.test(text) || text === BRAND || ALLOW.has(`${file}:${text}`)) return;
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
    // Text set from code: el.textContent = '…', document.title = '…', el.setAttribute('aria-label', '…').
    if (n.type === 'AssignmentExpression') {
      const left = n.left as Node;
      const prop = left.type === 'MemberExpression' ? (left.property as Node) : null;
      if (prop?.type === 'Identifier' && TEXT_PROPS.has(String(prop.name))) {
        for (const s of renderedStrings(n.right as Node)) report(s, `${String(prop.name)} =`);
      }
    }
    if (n.type === 'CallExpression') {
      const callee = n.callee as Node;
      const args = n.arguments as Node[];
      const prop = callee.type === 'MemberExpression' ? (callee.property as Node) : null;
      if (prop?.type === 'Identifier' && prop.name === 'setAttribute' && args[0]?.type === 'Literal') {
        const attr = String(args[0].value);
        if (TEXT_ATTRS.has(attr)) for (const s of renderedStrings(args[1])) report(s, `setAttribute ${attr}`);
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
      if (/\.tsx?$/.test(f) && !f.endsWith('.d.ts')) out.push(path.join(d, f).split(path.sep).join('/'));
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
      "    {t('fine')} {1} {'Compagnon ENT'}",
      '  </div>',
      ');',
      "el.textContent = 'Bonjour';",
      "el.textContent = t('x') || 'Compagnon ENT';",
      "el.setAttribute('aria-label', ok ? 'Fermer' : t('y'));",
      "el.setAttribute('data-x', 'pas du texte');",
      "document.title = `${t('a')} — ${t('b')}`;",
    ].join('\n');
    expect(findHardcoded('x.tsx', src)).toEqual([
      'x.tsx:2: title= "Aide"',
      'x.tsx:3: text "Bonjour"',
      'x.tsx:4: text "Oui"',
      'x.tsx:5: alt= "`Image ${n}`"',
      'x.tsx:7: placeholder= "Votre nom"',
      'x.tsx:11: textContent = "Bonjour"',
      'x.tsx:13: setAttribute aria-label "Fermer"',
    ]);
  });

  it('scans the UI sources', () => {
    const files = sources();
    expect(files).toContain('components/HelpPanel.tsx');
    expect(files).toContain('entrypoints/popup/App.tsx');
    expect(files.length).toBeGreaterThan(5);
  });

  it('components, entrypoints, overlay and utils contain none', () => {
    const found = sources().flatMap((f) => findHardcoded(f, fs.readFileSync(path.join(ROOT, f), 'utf8')));
    expect(found).toEqual([]);
  });
});
