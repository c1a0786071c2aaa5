/**
 * Recognition under drift the real sites show and our fixture pages do not: every fixture page (originals and
 * tests/fixtures/variants/) is re-served with its URL drifted (upper-case host, :443, path parameter
 * `;jsessionid=…`, hash, extra tracking query), its text re-typed (upper case, accents dropped, NBSP and line
 * breaks between words), wrapped in extra containers, or stripped of ids and classes; and pages are rendered
 * late or swapped in place (SPA). The answer must not change (or, for the stripped pages, a step recognised
 * with text evidence alone must still be the same step or nothing — never another step).
 */
import { describe, expect, it } from 'vitest';
import { PORTALS } from '@/utils/portals';
import { normalPath, recognize } from '@/utils/recognize';
import { fixtureByName, loadFixtures } from '../support/fixtures.mjs';

const fixtures = loadFixtures();

function docOf(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function answer(url: string, doc: Document) {
  const r = recognize(url, doc, PORTALS);
  return r ? { portal: r.portal, step: r.step, state: r.state } : null;
}

function expected(f: (typeof fixtures)[number]) {
  return f.expect ? { ...f.expect, state: f.state } : null;
}

/** URL drifts a browser or server really produces, each keeping the page the same page. */
const URL_DRIFTS: Record<string, (u: URL) => string> = {
  'upper-case host': (u) => u.href.replace(u.host, u.host.toUpperCase()),
  'explicit :443': (u) => u.href.replace(u.host, `${u.host}:443`),
  'hash fragment': (u) => `${u.href.replace(/#.*$/, '')}#contenu`,
  'tracking query': (u) => {
    const v = new URL(u.href);
    v.searchParams.append('utm_source', 'courrier');
    return v.href;
  },
  'jsessionid path parameter': (u) => {
    const v = new URL(u.href);
    v.pathname = `${v.pathname};jsessionid=8A7F2C91B3D4E5F6`;
    return v.href;
  },
  'doubled slash': (u) => {
    const v = new URL(u.href);
    v.pathname = `/${v.pathname}`;
    return v.href;
  },
};

describe('URL drift: same page, drifted URL, same answer', () => {
  for (const f of fixtures) {
    it(f.name, () => {
      const want = expected(f);
      for (const [name, drift] of Object.entries(URL_DRIFTS)) {
        const url = drift(new URL(f.url));
        expect(answer(url, docOf(f.html)), `${name}: ${url}`).toEqual(want);
      }
    });
  }

  it('normalPath drops path parameters and folds slashes', () => {
    expect(normalPath(new URL('https://x.fr/CAS/login;jsessionid=ABC?x=1'))).toBe('/cas/login');
    expect(normalPath(new URL('https://x.fr//portail;jsessionid=1/f/welcome'))).toBe('/portail/f/welcome');
    expect(normalPath(new URL('https://x.fr/sg.do;jsessionid=1'))).toBe('/sg.do');
  });

  it('a trailing-dot host is the same host', () => {
    const f = fixtureByName('netocentre/login-new');
    const u = new URL(f.url);
    expect(answer(f.url.replace(u.host, `${u.host}.`), docOf(f.html))).toEqual(expected(f));
  });
});

/** Re-type every text node (and placeholder / aria-label / button value). */
function retype(doc: Document, fn: (s: string) => string): Document {
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (const t of texts) if (t.parentElement?.localName !== 'script' && t.parentElement?.localName !== 'style') t.data = fn(t.data);
  for (const el of doc.body.querySelectorAll('[placeholder], [aria-label], input[type=submit][value], input[type=button][value]')) {
    for (const a of ['placeholder', 'aria-label']) if (el.hasAttribute(a)) el.setAttribute(a, fn(el.getAttribute(a)!));
    if (el.localName === 'input' && /^(submit|button)$/i.test(el.getAttribute('type') ?? '')) el.setAttribute('value', fn(el.getAttribute('value') ?? ''));
  }
  return doc;
}

const TEXT_DRIFTS: Record<string, (s: string) => string> = {
  'upper case': (s) => s.toUpperCase(),
  'accents dropped': (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
  'NBSP between words': (s) => s.replace(/ /g, '\u00a0'),
  'line breaks between words': (s) => s.replace(/ /g, '\n   '),
  'typographic apostrophes': (s) => s.replace(/'/g, '’'),
};

describe('text drift: re-typed text, same answer', () => {
  for (const f of fixtures) {
    it(f.name, () => {
      const want = expected(f);
      for (const [name, fn] of Object.entries(TEXT_DRIFTS)) {
        expect(answer(f.url, retype(docOf(f.html), fn)), name).toEqual(want);
      }
    });
  }
});

describe('markup drift: wrapped in SPA containers, same answer', () => {
  for (const f of fixtures) {
    it(f.name, () => {
      const doc = docOf(f.html);
      const app = doc.createElement('div');
      app.id = 'app';
      let inner: Element = app.appendChild(doc.createElement('main'));
      for (let i = 0; i < 4; i++) inner = inner.appendChild(doc.createElement('div'));
      while (doc.body.firstChild) inner.appendChild(doc.body.firstChild);
      doc.body.appendChild(app);
      expect(answer(f.url, doc)).toEqual(expected(f));
    });
  }
});

/** Ids and classes gone (a redesign): only tags, field types and names, links and the visible text remain. */
function stripIdsAndClasses(doc: Document): Document {
  for (const el of doc.querySelectorAll('[id], [class]')) {
    el.removeAttribute('id');
    el.removeAttribute('class');
  }
  return doc;
}

/** Harsher: field names, form actions and custom elements gone too; types, links and visible text remain. */
function textOnly(doc: Document): Document {
  for (const el of [...doc.querySelectorAll('*')]) {
    for (const a of ['id', 'class', 'name', 'for', 'action', 'autocomplete']) el.removeAttribute(a);
    if (el.localName.includes('-')) el.replaceWith(...el.childNodes);
  }
  return doc;
}

describe('ids and classes renamed: never another step', () => {
  // Pages whose step is told by text and field types must survive the loss of every id and class.
  const SURVIVE = [
    'netocentre/home.html',
    'netocentre/login-legacy.html',
    'netocentre/login-new.html',
    'netocentre/activation-login.html',
    'netocentre/activation-terms.html',
    'netocentre/activation-email.html',
    'netocentre/activation-questions.html',
    'netocentre/activation-password.html',
    'netocentre/activation-done.html',
    'netocentre/lost-password.html',
    'netocentre/services.html',
    'touraine-eschool/profile-chooser-legacy.html',
    'netocentre/account-choice.html',
    'mon-ent-occitanie/home.html',
    'mon-ent-occitanie/profile-chooser-closed.html',
    'mon-ent-occitanie/login.html',
    'mon-ent-occitanie/charter.html',
    'mon-ent-occitanie/preferences.html',
    'mon-ent-occitanie/services.html',
    'educonnect/login.html',
    'educonnect/identity-check.html',
    'educonnect/activation.html',
    'educonnect/activation-done.html',
    'educonnect/services.html',
  ];
  for (const f of fixtures) {
    it(f.name, () => {
      for (const [name, strip] of [['ids and classes', stripIdsAndClasses], ['text only', textOnly]] as const) {
        const got = answer(f.url, strip(docOf(f.html)));
        const step = got && { portal: got.portal, step: got.step };
        if (SURVIVE.includes(f.name)) expect(step, name).toEqual(f.expect);
        else if (got) expect(step, name).toEqual(f.expect);
      }
    });
  }
});

describe('late rendering and in-place swaps (the recogniser re-run on the changed document)', () => {
  it('a spinner at load is no step; the step once the content is inserted', () => {
    const f = fixtureByName('educonnect/login');
    const doc = docOf(f.html);
    const content = doc.body.innerHTML;
    doc.body.innerHTML = '<div class="loader" role="progressbar" aria-label="Chargement…"></div>';
    expect(answer(f.url, doc)).toBeNull();
    doc.body.innerHTML = content;
    expect(answer(f.url, doc)).toEqual(expected(f));
  });

  it('one step replaced in place by the next, URL unchanged (cerbere2 JSF / SPA)', () => {
    const chain = [
      'netocentre/activation-login',
      'netocentre/activation-terms',
      'netocentre/activation-email',
      'netocentre/activation-questions',
      'netocentre/activation-password',
      'netocentre/activation-done',
    ].map(fixtureByName);
    const url = chain[0].url;
    const doc = docOf(chain[0].html);
    for (const f of chain) {
      doc.body.innerHTML = docOf(f.html).body.innerHTML;
      expect(answer(url, doc)?.step, f.name).toBe(f.expect!.step);
    }
  });

  it('EduConnect: login → identity check → activation → done at the first page\'s URL', () => {
    const chain = ['educonnect/login', 'educonnect/identity-check', 'educonnect/activation', 'educonnect/activation-done'].map(fixtureByName);
    const doc = docOf(chain[0].html);
    for (const f of chain) {
      doc.body.innerHTML = docOf(f.html).body.innerHTML;
      expect(answer(chain[0].url, doc)?.step, f.name).toBe(f.expect!.step);
    }
  });

  it('the URL still shows the generic /login while the content is the next step (Occitanie CAS)', () => {
    const chooser = fixtureByName('mon-ent-occitanie/profile-chooser-closed');
    const login = fixtureByName('mon-ent-occitanie/login');
    expect(answer(chooser.url, docOf(login.html))?.step).toBe('login');
    expect(answer('https://cas.mon-ent-occitanie.fr/login', docOf(chooser.html))?.step).toBe('profile-chooser');
  });

  it('a page that stops being a step (content replaced by a logout message) is no step', () => {
    const f = fixtureByName('netocentre/login-new');
    const doc = docOf(f.html);
    expect(answer(f.url, doc)?.step).toBe('login');
    doc.body.innerHTML = '<main><h1>Déconnexion réussie</h1><p>Vous êtes déconnecté.</p></main>';
    expect(answer(f.url, doc)).toBeNull();
  });
});

describe('URL lag: every step page served at the URL of every other step page of the same host and area', () => {
  // cerbere2 JSF postbacks, the CAS webflow and EduConnect's `execution=eXsY` all show one page at another
  // page's URL. Same host and first path segment (`/cerbere2`, `/cas`, `/login`, `/sg.do`, `/idp`…): the page
  // must be recognised by what it shows. (On the shared RECIA CAS the portal follows the URL's `service`.)
  const steps = fixtures.filter((f) => f.expect);
  const area = (u: string) => {
    const x = new URL(u);
    return `${x.hostname}${normalPath(x).split('/').slice(0, 2).join('/')}`;
  };
  for (const a of steps) {
    const others = steps.filter((b) => b !== a && area(b.url) === area(a.url));
    if (!others.length) continue;
    it(`${a.name} at ${others.length} other URL(s)`, () => {
      for (const b of others) expect(answer(b.url, docOf(a.html))?.step, `at ${b.name}`).toBe(a.expect!.step);
    });
  }
});
