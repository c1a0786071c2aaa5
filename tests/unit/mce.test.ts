/**
 * RECIA's new activation front, MCE (issue 22 §1, research §5b): its screens are recognised by content on the
 * RECIA portal and CAS hosts at any path; the one combined form is walked in its order (charter, e-mail,
 * password) as the family fills it; the code screen is `activation-email` with `data-state="code"`; its
 * password rule (12 characters, 3 of 4 kinds) is the one of its forms while cerbere2 pages keep seed 003's.
 */
import { describe, expect, it } from 'vitest';
import { advance, type JourneyState } from '@/utils/journey';
import { stepTitle } from '@/utils/help-content';
import { check, compliant } from '@/utils/password/rules';
import { generate } from '@/utils/password/generate';
import { PORTALS } from '@/utils/portals';
import { MCE_PASSWORD_RULE, RECIA_PASSWORD } from '@/utils/portals/recia';
import { recognize } from '@/utils/recognize';
import { fixtureByName, loadFixtures } from '../support/fixtures.mjs';

const fixtures = loadFixtures();
const docOf = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const at = (name: string) => {
  const f = fixtureByName(name);
  return { f, doc: docOf(f.html) };
};

describe('MCE screens are told by their content', () => {
  it.each(fixtures.filter((x) => x.expect).map((f) => [f.name, f] as const))(
    'the fixture names its front, and the recognition says the same: %s',
    (_, f) => {
      const r = recognize(f.url, docOf(f.html), PORTALS)!;
      expect(r.front ?? null, f.name).toBe(f.front ?? null);
    },
  );

  it('at any path of the portal and CAS hosts, never on another site', () => {
    const { f, doc } = at('netocentre/mce-activation-login');
    for (const url of ['https://auth.recia.fr/', 'https://auth.recia.fr/cas/login', 'https://lycees.netocentre.fr/portail/p/activation', 'https://www.chercan.fr/x/y']) {
      const r = recognize(url, doc, PORTALS);
      expect(r && { step: r.step, front: r.front }, url).toEqual({ step: 'activation-login', front: 'mce' });
    }
    expect(recognize('https://example.org/activation', doc, PORTALS)).toBeNull();
    expect(recognize(f.url, doc, PORTALS)?.help).toBe('recia.mce_activation_login');
  });

  it('the charter link names Touraine e-school on the shared host', () => {
    const { f, doc } = at('touraine-eschool/mce-activation-form-auth');
    expect(new URL(f.url).host).toBe('auth.recia.fr');
    expect(recognize(f.url, doc, PORTALS)?.portal).toBe('touraine-eschool');
  });

  it('a help page quoting every MCE word is no step', () => {
    const f = fixtureByName('variants/negative/recia-mce-help');
    expect(recognize(f.url, docOf(f.html), PORTALS)).toBeNull();
    // …at the addresses MCE's own screens use too.
    for (const url of ['https://auth.recia.fr/activation', 'https://auth.recia.fr/mot-de-passe-oublie']) expect(recognize(url, docOf(f.html), PORTALS)).toBeNull();
  });
});

describe('the combined form: the first unfinished task, as the family fills it', () => {
  const walk = (name: string) => {
    const { f, doc } = at(name);
    const now = () => {
      const r = recognize(f.url, doc, PORTALS)!;
      return { step: r.step, target: r.target?.id || r.target?.textContent?.trim() || null };
    };
    return { doc, now };
  };

  it('charter → e-mail → password, and back when a task is undone', () => {
    const { doc, now } = walk('netocentre/mce-activation-form');
    const box = doc.getElementById('activation-charte') as HTMLInputElement;
    const email = doc.getElementById('activation-email') as HTMLInputElement;
    expect(now()).toEqual({ step: 'activation-terms', target: "J'accepte la charte d'utilisation" });
    box.checked = true;
    expect(now()).toEqual({ step: 'activation-email', target: 'activation-email' });
    email.value = 'parent@exemple';
    expect(now().step, 'not an address yet').toBe('activation-email');
    email.value = 'un.parent@exemple.fr';
    expect(now()).toEqual({ step: 'activation-password', target: 'activation-new-password' });
    email.value = '';
    expect(now().step).toBe('activation-email');
    email.value = 'un.parent@exemple.fr';
    box.checked = false;
    expect(now().step, 'the charter comes first again').toBe('activation-terms');
  });

  it('forms with only some blocks: the ones shown, in order; a last block stays until sent', () => {
    const charterOnly = walk('netocentre/mce-activation-charter-only');
    (charterOnly.doc.getElementById('activation-charte') as HTMLInputElement).checked = true;
    expect(charterOnly.now().step, 'ticked, nothing else asked: click « Activer mon compte »').toBe('activation-terms');
    const emailOnly = walk('netocentre/mce-activation-email-only');
    (emailOnly.doc.getElementById('activation-email') as HTMLInputElement).value = 'un.parent@exemple.fr';
    expect(emailOnly.now().step).toBe('activation-email');
    expect(walk('netocentre/mce-activation-password').now().step).toBe('activation-password');
    const emailPassword = walk('netocentre/mce-activation-email-password');
    expect(emailPassword.now().step).toBe('activation-email');
    (emailPassword.doc.getElementById('activation-email') as HTMLInputElement).value = 'un.parent@exemple.fr';
    expect(emailPassword.now().step).toBe('activation-password');
  });

  it('never reads a password field', () => {
    const { f, doc } = at('netocentre/mce-activation-password');
    let reads = 0;
    for (const el of doc.querySelectorAll('input[type=password]')) {
      Object.defineProperty(el, 'value', {
        get() {
          reads++;
          return 'Secret-Mot-De-Passe-42';
        },
      });
    }
    expect(recognize(f.url, doc, PORTALS)?.step).toBe('activation-password');
    expect(reads).toBe(0);
  });

  it('the code screen is activation-email in state code; success is activation-done', () => {
    const r = recognize(fixtureByName('netocentre/mce-activation-code').url, at('netocentre/mce-activation-code').doc, PORTALS)!;
    expect([r.step, r.state, r.help, r.target?.id]).toEqual(['activation-email', 'code', 'recia.mce_code', 'verify-code']);
    for (const name of ['netocentre/mce-activation-done', 'netocentre/mce-activation-email-verified']) {
      const { f, doc } = at(name);
      expect(recognize(f.url, doc, PORTALS)?.step, name).toBe('activation-done');
    }
  });

  it('one card whose content changes without a page load: each screen in turn at one address', () => {
    const chain = [
      'netocentre/mce-activation-login',
      'netocentre/mce-activation-form',
      'netocentre/mce-activation-code',
      'netocentre/mce-activation-done',
    ].map((n) => fixtureByName(n));
    const doc = docOf(chain[0].html);
    for (const f of chain) {
      doc.getElementById('app')!.innerHTML = docOf(f.html).getElementById('app')!.innerHTML;
      const r = recognize(chain[0].url, doc, PORTALS)!;
      expect([r.step, r.state], f.name).toEqual([f.expect!.step, f.state]);
    }
  });

  it('the lost-password card, its reset form included, is lost-password', () => {
    for (const n of ['choice', 'known', 'recover', 'reset', 'done']) {
      const { f, doc } = at(`netocentre/mce-lost-${n}`);
      const r = recognize(f.url, doc, PORTALS)!;
      expect([r.step, r.help], n).toEqual(['lost-password', `recia.mce_lost_${n}`]);
    }
  });
});

describe("each screen's password rule", () => {
  it('MCE: at least 12 characters and 3 of the 4 kinds; cerbere2 keeps seed 003', () => {
    expect(MCE_PASSWORD_RULE).toMatchObject({ minLength: 12, minKinds: 3 });
    const lines = (pw: string) => Object.fromEntries(check(MCE_PASSWORD_RULE, pw).map((c) => [c.id, c.met]));
    expect(lines('abcdefghijk1')).toMatchObject({ length: true, kinds: false });
    expect(lines('abcdefghij1!')).toMatchObject({ length: true, kinds: true });
    expect(compliant(MCE_PASSWORD_RULE, 'Abcdefghij1')).toBe(false);
    expect(compliant(MCE_PASSWORD_RULE, 'ABCDEFGHIJ1!')).toBe(true);
    expect(compliant(MCE_PASSWORD_RULE, generate(MCE_PASSWORD_RULE))).toBe(true);
    expect(check(RECIA_PASSWORD, '').some((c) => c.id === 'kinds')).toBe(false);
  });

  it('the combined form and the reset form carry MCE’s rule; cerbere2 pages the portal’s', () => {
    const rule = (name: string) => {
      const { f, doc } = at(name);
      const r = recognize(f.url, doc, PORTALS)!;
      return r.stepDef.newPassword ? (r.stepDef.password ?? r.portalDef.password) : null;
    };
    for (const n of ['netocentre/mce-activation-form', 'netocentre/mce-activation-password', 'netocentre/mce-lost-reset', 'touraine-eschool/mce-lost-reset']) {
      expect(rule(n), n).toBe(MCE_PASSWORD_RULE);
    }
    for (const n of ['netocentre/activation-password', 'touraine-eschool/activation-password']) expect(rule(n), n).toBe(RECIA_PASSWORD);
  });
});

describe('the MCE journey: « Étape X sur N » and « Étape suivante » follow the front', () => {
  type Place = { step: string; front?: string | null; state?: string | null };
  const walk = (places: Place[]) => {
    let state: JourneyState | null = null;
    const out: string[] = [];
    for (const p of [{ step: 'home' }, { step: 'profile-chooser' }, { step: 'login' }, ...places]) {
      const res: ReturnType<typeof advance> & object = advance(state, { portal: 'netocentre', ...p }, PORTALS, 'navigate', 1000, 'first-ent')!;
      state = res.state;
      out.push(`${res.view.journey} ${res.view.x}/${res.view.n} → ${res.view.next?.step ?? '-'}${res.view.next?.state ? `:${res.view.next.state}` : ''}`);
    }
    return out.slice(3);
  };

  it('MCE pages take the MCE journey; its code screen comes after the password', () => {
    expect(
      walk([
        { step: 'activation-login', front: 'mce' },
        { step: 'activation-terms', front: 'mce' },
        { step: 'activation-email', front: 'mce' },
        { step: 'activation-password', front: 'mce' },
        { step: 'activation-email', front: 'mce', state: 'code' },
        { step: 'activation-done', front: 'mce' },
      ]),
    ).toEqual([
      'netocentre-activation-mce 4/11 → activation-terms',
      'netocentre-activation-mce 5/11 → activation-email',
      'netocentre-activation-mce 6/11 → activation-password',
      'netocentre-activation-mce 7/11 → activation-email:code',
      'netocentre-activation-mce 8/11 → activation-done',
      'netocentre-activation-mce 9/11 → login',
    ]);
  });

  it('a form with the e-mail only goes on to the code screen (no password block)', () => {
    expect(walk([{ step: 'activation-login', front: 'mce' }, { step: 'activation-email', front: 'mce' }, { step: 'activation-email', front: 'mce', state: 'code' }]).at(-1)).toBe(
      'netocentre-activation-mce 8/11 → activation-done',
    );
  });

  // « Étape suivante » on the password screen names the code screen, not « Adresse e-mail » (the step's title).
  it('the code screen has its own short title', () => {
    expect(stepTitle('netocentre', 'activation-email', 'code')).toBe('Code reçu par e-mail');
    expect(stepTitle('netocentre', 'activation-email')).toBe('Adresse e-mail');
    expect(stepTitle('netocentre', 'activation-email', 'error')).toBe('Adresse e-mail');
  });

  it('cerbere2 pages keep their journeys', () => {
    expect(walk([{ step: 'activation-login', front: null }, { step: 'activation-terms', front: null }]).at(-1)).toBe('netocentre-activation 5/11 → activation-email');
  });
});
