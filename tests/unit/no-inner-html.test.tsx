/**
 * web-ext lint's innerHTML warning (issue 21): modules/no-inner-html.ts takes preact's one `innerHTML`
 * assignment (its `dangerouslySetInnerHTML` branch) out of the bundles. That is sound only while none of our code
 * writes HTML: checked here over every source file that goes into the extension.
 */
import fs from 'node:fs';
import path from 'node:path';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { isPreactRenderer, PREACT_INNER_HTML, REPLACEMENT, stripInnerHtml } from '../../modules/no-inner-html';

const root = path.resolve(import.meta.dirname, '../..');
const SOURCE_DIRS = ['entrypoints', 'components', 'utils', 'modules'];
const sources = SOURCE_DIRS.flatMap((d) =>
  (fs.readdirSync(path.join(root, d), { recursive: true }) as string[])
    .filter((f) => /\.(ts|tsx|js|mjs)$/.test(f))
    .map((f) => path.join(d, f)),
);

describe('no HTML written by our code', () => {
  it('no source uses dangerouslySetInnerHTML, innerHTML/outerHTML writes, insertAdjacentHTML, document.write or DOMParser HTML', () => {
    expect(sources.length).toBeGreaterThan(50);
    const sinks = /dangerouslySetInnerHTML|\.(inner|outer)HTML\s*[+]?=(?!=)|insertAdjacentHTML|document\.write(ln)?\(|createContextualFragment|parseFromString\(/;
    const hits = sources
      .filter((f) => f !== path.join('modules', 'no-inner-html.ts'))
      .filter((f) => sinks.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(hits).toEqual([]);
  });
});

describe('modules/no-inner-html.ts', () => {
  const preactFile = path.join(root, 'node_modules/preact/dist/preact.mjs');
  const preact = fs.readFileSync(preactFile, 'utf8');

  it('finds preact\'s renderer module and its one innerHTML assignment', () => {
    expect(isPreactRenderer(preactFile)).toBe(true);
    expect(isPreactRenderer('/x/node_modules/preact/hooks/dist/hooks.mjs')).toBe(false);
    expect(preact.match(PREACT_INNER_HTML)).toHaveLength(1);
    const out = stripInnerHtml(preact);
    expect(out).not.toMatch(/\.innerHTML=/);
    expect(out).toContain(REPLACEMENT);
  });

  it('fails the build when preact no longer has exactly one such assignment', () => {
    expect(() => stripInnerHtml('a.textContent=b')).toThrow(/found 0/);
    expect(() => stripInnerHtml('a.innerHTML=b.__html;c.innerHTML=d.__html')).toThrow(/found 2/);
  });

  it('a patched renderer throws on dangerouslySetInnerHTML instead of writing HTML', async () => {
    const url = `data:text/javascript;base64,${Buffer.from(stripInnerHtml(preact)).toString('base64')}`;
    const p = (await import(/* @vite-ignore */ url)) as typeof import('preact');
    const box = document.createElement('div');
    p.render(p.h('p', null, 'texte'), box);
    expect(box.innerHTML).toBe('<p>texte</p>');
    expect(() => p.render(p.h('div', { dangerouslySetInnerHTML: { __html: '<img src=x onerror=alert(1)>' } }), box)).toThrow(
      /not allowed/,
    );
    expect(box.querySelector('img')).toBeNull();
    // The unpatched one would have written it (what the linter warns about).
    const other = document.createElement('div');
    render(<div dangerouslySetInnerHTML={{ __html: '<b>x</b>' }} />, other);
    expect(other.querySelector('b')).not.toBeNull();
  });
});
