/**
 * Which mutation records make the overlay or the entry look at the page again (utils/mutation-filter.ts), and
 * how the watch spaces its passes (utils/watch.ts). Why: docs/decisions/steady-state.md.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lensOf, mutationMatters, stepsWatched, stepWatched, type MutationLens } from '@/utils/mutation-filter';
import type { StepDef } from '@/utils/portals/types';
import { PORTALS } from '@/utils/portals';
import { recognize, stepsAt, type Failed } from '@/utils/recognize';
import { FAST_MS, SWEEP_MS, watchPage } from '@/utils/watch';

const SERVICES = 'https://lycees.netocentre.fr/portail/f/accueil/normal/render.uP';

/** A portal home: the step's own markup, a widget, a hidden panel with a form, an alert block. */
function page(): Document {
  document.body.innerHTML = `
    <header><a href="/portail/Logout">DÉCONNEXION</a><span id="live">3 notifications</span></header>
    <section id="vs"><h2>Espace vie scolaire</h2><a id="pronote" class="app" href="/portail/p/pronote">Pronote</a></section>
    <section class="widget" id="w"><h3>Actualités</h3><ul class="feed"><li class="item"><a href="#n1">Sortie au musée</a> <span class="count">4</span></li></ul></section>
    <div id="panel" class="closed"><form><input id="user" type="text"></form></div>
    <div id="msg"><div class="errors"></div><p role="alert"></p></div>
    <div id="card"><h3 id="title">Conditions</h3><div id="slot"></div></div>`;
  return document;
}

function lensForServices(): MutationLens {
  const steps = stepsAt(SERVICES, PORTALS);
  return lensOf(steps.flatMap((s) => stepWatched(s)), document.getElementById('pronote'));
}

/** The records one change makes (happy-dom queues them; takeRecords hands them over at once). */
function recordsOf(change: () => void): MutationRecord[] {
  const mo = new MutationObserver(() => {});
  mo.observe(document, { subtree: true, childList: true, attributes: true, characterData: true, characterDataOldValue: true, attributeFilter: ['class', 'style', 'hidden', 'id', 'type', 'checked'] });
  change();
  const records = mo.takeRecords();
  mo.disconnect();
  return records;
}

function counts(change: () => void, lens = lensForServices()): boolean {
  const records = recordsOf(change);
  expect(records.length).toBeGreaterThan(0);
  return records.some((r) => mutationMatters(r, lens));
}

const $ = (sel: string) => document.querySelector(sel)!;

describe('mutationMatters: records that cannot change the answer', () => {
  it('a widget\'s counter, its text replaced', () => {
    page();
    expect(counts(() => ($('.count').textContent = '5'))).toBe(false);
  });
  it('a text node edited in place (a live counter in the header)', () => {
    page();
    expect(counts(() => (($('#live').firstChild as Text).data = '4 notifications'))).toBe(false);
  });
  it('a class toggled on a widget, on its feed item, a style set on it', () => {
    page();
    expect(counts(() => $('#w').classList.toggle('hot'))).toBe(false);
    expect(counts(() => $('.item').classList.toggle('unread'))).toBe(false);
    expect(counts(() => (($('#w') as HTMLElement).style.outline = '1px solid red'))).toBe(false);
  });
  it('a feed item with a link added, another removed', () => {
    page();
    expect(
      counts(() => {
        const li = document.createElement('li');
        li.innerHTML = '<a href="#n2">Nouveau message</a> <span class="count">1</span>';
        $('.feed').append(li);
        $('.feed').firstElementChild!.remove();
      }),
    ).toBe(false);
  });
});

describe('mutationMatters: records that can change the answer', () => {
  it('a password field added (structure)', () => {
    page();
    expect(
      counts(() => {
        const i = document.createElement('input');
        i.type = 'password';
        $('#w').append(i);
      }),
    ).toBe(true);
  });
  it('a link naming the step\'s target added (a word-reading probe: `a` with « Pronote »)', () => {
    page();
    expect(
      counts(() => {
        const li = document.createElement('li');
        li.innerHTML = '<a href="#p">Pronote</a>';
        $('.feed').append(li);
      }),
    ).toBe(true);
  });
  it('the words « Pronote » appearing in a widget\'s link', () => {
    page();
    expect(counts(() => ($('.feed a').textContent = 'Ouvrir Pronote'))).toBe(true);
  });
  it('anything on, in or around the highlighted element', () => {
    page();
    expect(counts(() => $('#pronote').classList.add('x'))).toBe(true);
    expect(counts(() => ($('#pronote').textContent = 'PRONOTE'))).toBe(true);
    expect(counts(() => $('#vs').setAttribute('hidden', ''))).toBe(true);
    expect(counts(() => $('#vs').remove())).toBe(true);
  });
  it('a panel holding a form shown or hidden by its class (EduConnect\'s panels)', () => {
    page();
    expect(counts(() => $('#panel').classList.remove('closed'))).toBe(true);
  });
  it('a field\'s type or checked attribute changed', () => {
    page();
    expect(counts(() => $('#user').setAttribute('type', 'password'))).toBe(true);
  });
  it('an error message appearing: text into `.errors`, a span into `[role=alert]`', () => {
    page();
    expect(counts(() => ($('.errors').textContent = 'Identifiant ou mot de passe incorrect'))).toBe(true);
    expect(
      counts(() => {
        const s = document.createElement('span');
        s.textContent = 'Mot de passe incorrect';
        $('[role=alert]').append(s);
      }),
    ).toBe(true);
  });
  it('a card whose heading changes and whose form blocks come and go (RECIA\'s activation front)', () => {
    page();
    expect(counts(() => (($('#title').firstChild as Text).data = 'Votre adresse électronique'))).toBe(true);
    expect(counts(() => ($('#slot').innerHTML = '<div class="block"><label>Adresse</label><input type="email"></div>'))).toBe(true);
    expect(counts(() => $('#slot').replaceChildren())).toBe(true);
  });
  it('a custom element added (it may attach a shadow root: r-wayf)', () => {
    page();
    expect(counts(() => $('#card').append(document.createElement('r-wayf')))).toBe(true);
  });
  it('the steps possible elsewhere: words of a probe of the Occitanie charter in a widget\'s button', () => {
    page();
    const occitanie = stepsAt('https://x.mon-ent-occitanie.fr/sg.do?PROC=MESSAGERIE', PORTALS);
    const lens = lensOf(occitanie.flatMap((s) => stepWatched(s)));
    expect(counts(() => ($('.feed a').textContent = 'Sortie'), lens)).toBe(false);
    expect(counts(() => $('#w').insertAdjacentHTML('beforeend', '<label><input type="checkbox"> J\'accepte la charte</label>'), lens)).toBe(true);
  });
});

describe('stepsWatched: a step the page is not is read for what it lacks, or for what rules it out', () => {
  const MESSAGING = 'https://x.mon-ent-occitanie.fr/sg.do?PROC=MESSAGERIE';
  const saveLink = () =>
    $('.feed').insertAdjacentHTML('beforeend', '<li class="item"><a href="#p">Enregistrer mes informations</a></li>');
  const judged = (url: string) => {
    const failed = new Map<StepDef, Failed>();
    const rec = recognize(url, document, PORTALS, { failed });
    return { rec, failed, why: Object.fromEntries([...failed].map(([s, w]) => [s.id, w])) };
  };
  const hasA = /(^|, )a(,|$)/;

  it('Occitanie\'s messaging page: the widgets\' links are not read, until the page names « Contact et préférences »', () => {
    page();
    const steps = stepsAt(MESSAGING, PORTALS);
    const { rec, failed, why } = judged(MESSAGING);
    expect(rec).toBeNull();
    // The charter lacks its evidence; « Contact et préférences » lacks its heading (a `require` on the page's words).
    expect(why).toEqual({ charter: 'confirm', preferences: 'require' });
    // Read in full, every link of every widget is read for « Enregistrer mes informations » (the preferences'
    // button, which may be an `a`, and the charter's `reject`).
    expect(lensOf(steps.flatMap((s) => stepWatched(s))).wordedCss).toMatch(hasA);
    const lens = lensOf(stepsWatched(steps, failed));
    expect(lens.wordedCss).not.toMatch(hasA);
    expect(counts(saveLink, lens)).toBe(false);
    expect(counts(() => $('#w').classList.toggle('hot'), lens)).toBe(false);
    expect(counts(() => $('.item').classList.toggle('unread'), lens)).toBe(false);
    // The charter's own evidence still counts, in a widget too.
    expect(counts(() => $('#w').insertAdjacentHTML('beforeend', '<label><input type="checkbox"> J\'accepte la charte</label>'), lens)).toBe(true);
    expect(counts(() => $('#w').insertAdjacentHTML('beforeend', '<button type="button">J\'accepte la charte</button>'), lens)).toBe(true);
  });

  it('once the heading is there (structure: it counts), the next pass reads the links for the button', () => {
    page();
    const steps = stepsAt(MESSAGING, PORTALS);
    const before = lensOf(stepsWatched(steps, judged(MESSAGING).failed));
    expect(counts(() => $('#card').insertAdjacentHTML('afterbegin', '<h2>Contact et préférences</h2>'), before)).toBe(true);
    const { rec, failed, why } = judged(MESSAGING);
    expect(rec).toBeNull();
    expect(why).toEqual({ charter: 'confirm', preferences: 'confirm' });
    expect(counts(saveLink, lensOf(stepsWatched(steps, failed)))).toBe(true);
  });

  it('a step ruled out by a `reject` probe is read for that probe: the charter beside « Enregistrer mes informations »', () => {
    page();
    $('#card').insertAdjacentHTML('beforeend', '<label><input type="checkbox"> J\'accepte la charte</label><a id="save" href="#s">Enregistrer mes informations</a>');
    const steps = stepsAt(MESSAGING, PORTALS);
    const { rec, failed, why } = judged(MESSAGING);
    expect(rec).toBeNull();
    expect(why.charter).toBe('reject');
    expect(counts(() => $('#save').remove(), lensOf(stepsWatched(steps, failed)))).toBe(true);
  });

  it('a requirement on elements stays watched: RECIA\'s login lacks its password field, which counts', () => {
    page();
    const LOGIN = 'https://ent.netocentre.fr/cas/login';
    const steps = stepsAt(LOGIN, PORTALS);
    const { failed, why } = judged(LOGIN);
    expect(Object.values(why)).toContain('require');
    const lens = lensOf(stepsWatched(steps, failed));
    expect(counts(() => $('#slot').insertAdjacentHTML('beforeend', '<input type="password" name="password">'), lens)).toBe(true);
    expect(counts(() => $('#panel').classList.toggle('closed'), lens)).toBe(true);
  });

  it('a step with fronts is read in full (each front fails for reasons of its own)', () => {
    const withFronts = PORTALS.flatMap((p) => p.steps).filter((s) => s.fronts?.length);
    expect(withFronts.length).toBeGreaterThan(0);
    for (const s of withFronts) {
      for (const w of ['require', 'reject', 'confirm'] as const) expect(stepsWatched([s], new Map([[s, w]]))).toEqual(stepWatched(s));
    }
  });

  it('a step not judged yet (before the first pass, another portal\'s) is read in full', () => {
    const steps = stepsAt(MESSAGING, PORTALS);
    expect(stepsWatched(steps, new Map())).toEqual(steps.flatMap((s) => stepWatched(s)));
  });
});

describe('watchPage: when passes are asked for', () => {
  afterEach(() => vi.useRealTimers());

  async function watched(lens: () => MutationLens | null | false = lensForServices) {
    page();
    const asked: [number, string][] = [];
    const w = watchPage(document, (ms, why) => asked.push([ms, why]), {
      attributeFilter: ['class', 'hidden', 'style', 'id', 'type', 'checked'],
      historyEvents: ['popstate'],
      lens,
    });
    const flush = () => new Promise((r) => setTimeout(r, 0));
    return { w, asked, flush };
  }

  it('100 text changes of a widget: one rare sweep, no quick pass; a password field: a quick one', async () => {
    const { w, asked, flush } = await watched();
    for (let i = 0; i < 100; i++) {
      $('.count').textContent = String(i);
      await flush();
    }
    expect(asked.filter(([, why]) => why === 'change')).toEqual([]);
    expect(asked.filter(([, why]) => why === 'sweep')).toEqual([[SWEEP_MS[0], 'sweep']]);
    $('#w').insertAdjacentHTML('beforeend', '<input type="password">');
    await flush();
    // Read by reason: a late look after load ('settle', a real timer) can come in between on a loaded machine.
    expect(asked.filter(([, why]) => why === 'change')).toEqual([[FAST_MS[0], 'change']]);
    w.stop();
  });

  it('the same answer again backs the passes off; a new answer, a click or an input resets', async () => {
    const { w, asked, flush } = await watched();
    // The late looks after load ('settle', real timers at 400 and 1200 ms) can land in between on a loaded
    // machine: only the passes this test asks for are read.
    const last = (why: string) => asked.filter(([, y]) => y === why).at(-1);
    const change = async () => {
      $('#w').insertAdjacentHTML('beforeend', '<button>Voir</button>');
      await flush();
    };
    const delays: number[] = [];
    for (let i = 0; i < 7; i++) {
      const before = asked.filter(([, y]) => y === 'change').length;
      await change();
      expect(asked.filter(([, y]) => y === 'change')).toHaveLength(before + 1);
      delays.push(last('change')![0]);
      w.passed(false);
    }
    expect(delays).toEqual([...FAST_MS, FAST_MS.at(-1), FAST_MS.at(-1)]);
    w.passed(true);
    await change();
    expect(last('change')).toEqual([FAST_MS[0], 'change']);
    w.passed(false);
    $('#user').dispatchEvent(new Event('input', { bubbles: true }));
    expect(asked.at(-1)).toEqual([FAST_MS[0], 'user']);
    w.stop();
  });

  it('a batch of ignored records (our own card going in) does not make the lens', async () => {
    page();
    let made = 0;
    const ours = document.createElement('div');
    document.body.append(ours);
    const w = watchPage(document, () => {}, {
      attributeFilter: ['class'],
      historyEvents: [],
      lens: () => (made++, lensForServices()),
      ignore: (m) => m.target === ours || ours.contains(m.target),
    });
    const flush = () => new Promise((r) => setTimeout(r, 0));
    ours.append(document.createElement('p'));
    ours.className = 'x';
    await flush();
    expect(made).toBe(0);
    $('.count').textContent = '7';
    await flush();
    expect(made).toBe(1);
    w.stop();
  });

  it('where no step can be (lens false), mutations ask for nothing', async () => {
    const { w, asked, flush } = await watched(() => false);
    $('#w').insertAdjacentHTML('beforeend', '<input type="password">');
    await flush();
    expect(asked.filter(([, why]) => why === 'change' || why === 'sweep')).toEqual([]);
    w.stop();
  });
});
