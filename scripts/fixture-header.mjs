// The fixture header, read without the file system (scripts/fixtures.mjs reads the files; the fuzz, which runs
// in a browser, gets them from Vite): `<!-- fixture url="…" expect="portal/step" state="…" front="…" -->`.
export function parseFixtureText(name, html) {
  const head = /^<!--\s*fixture\s+([^>]*?)-->/.exec(html);
  if (!head) throw new Error(`${name}: first line must be <!-- fixture url="…" expect="…" -->`);
  const attr = (k) => new RegExp(`\\b${k}="([^"]*)"`).exec(head[1])?.[1] ?? null;
  const url = attr('url');
  const exp = attr('expect');
  if (!url || !exp) throw new Error(`${name}: fixture header needs url and expect`);
  const [portal, step] = exp.split('/');
  return {
    name,
    url,
    expect: exp === 'none' ? null : { portal, step },
    state: attr('state'),
    // The front whose page it is (StepDef.fronts: `mce`), or null for the step's own pages.
    front: attr('front'),
    html,
  };
}
