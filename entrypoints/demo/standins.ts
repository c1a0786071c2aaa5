/**
 * The demo shows fixture pages with their scripts removed. A few portal pages build part of their content
 * with a script inside a web component (RECIA's `r-wayf` profile chooser renders its tiles late, inside an
 * open shadow root); for those the demo renders the same light DOM + shadow root itself, from the element's
 * own attributes. Page text is only ever set with textContent.
 */

type Standin = (el: Element, doc: Document) => void;

/** RECIA's profile labels, as the real `r-wayf` shows them (research: ent-pages.md §1). */
const WAYF_LABELS: Record<string, string> = {
  'parentEleveEN-IdP': 'Élèves ou parent (éducation nationale)',
  'eleves-parents': 'Élève ou parent (enseignement agricole)',
  'catel-IdP': 'Personnel (éducation nationale)',
  'agri-IdP': 'Personnel (enseignement agricole)',
  'RCVL-IdP': 'Personnel (Région Centre-Val de Loire)',
  'autres-publics': 'Autre public (utilisateur local, entreprise,...)',
};

const WAYF_CSS =
  'ul{list-style:none;display:grid;grid-template-columns:repeat(3,1fr);gap:12px;padding:0}' +
  'a{display:flex;flex-direction:column;align-items:center;gap:6px;padding:18px;border:1px solid #ccd;' +
  'border-radius:8px;text-decoration:none;color:#123;font:15px Arial,sans-serif;text-align:center}' +
  'a:hover{background:#f0f4fb}svg{width:32px;height:32px}';

function rWayf(el: Element, doc: Document): void {
  let ids: unknown;
  try {
    ids = JSON.parse(el.getAttribute('idp-ids') ?? '[]');
  } catch {
    ids = [];
  }
  const base = el.getAttribute('cas-url') ?? '';
  const root = el.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = WAYF_CSS;
  const ul = doc.createElement('ul');
  ul.className = 'wayf-tiles';
  for (const id of Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : []) {
    const li = doc.createElement('li');
    const a = doc.createElement('a');
    a.id = id;
    a.setAttribute('href', `${base}&idpId=${encodeURIComponent(id)}`);
    const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('class', 'wayf-profile');
    svg.setAttribute('viewBox', '0 0 32 32');
    const c = doc.createElementNS('http://www.w3.org/2000/svg', 'circle');
    c.setAttribute('cx', '16');
    c.setAttribute('cy', '16');
    c.setAttribute('r', '14');
    c.setAttribute('fill', '#d6e2f5');
    svg.append(c);
    const span = doc.createElement('span');
    span.textContent = WAYF_LABELS[id] ?? id;
    a.append(svg, span);
    li.append(a);
    ul.append(li);
  }
  root.append(style, ul);
}

const STANDINS: Record<string, Standin> = { 'r-wayf': rWayf };

/** Render the known script-built components of a script-less page. */
export function upgradeStandins(doc: Document): void {
  for (const [tag, render] of Object.entries(STANDINS)) {
    for (const el of Array.from(doc.querySelectorAll(tag))) {
      if (!el.shadowRoot) render(el, doc);
    }
  }
}
