/**
 * FAQ, contacts, guides and the accent-insensitive search of the popup (utils/faq.ts), with the real French
 * messages (tests/support/i18n-setup.ts loads locales/fr.yml).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildGuides, CONTACTS, FAQ_IDS, faqDocs, faqEntries, guideDocs, queryTerms, searchDocs } from '@/utils/faq';
import { setMessages, t } from '@/utils/i18n';
import { PORTALS } from '@/utils/portals';
import { loadLocale } from '../support/i18n-setup';

const docs = [...faqDocs(), ...guideDocs()];
const ids = (q: string) => searchDocs(docs, q).map((d) => d.id);

describe('FAQ', () => {
  it('every question has an answer in French', () => {
    const entries = faqEntries();
    expect(entries.map((e) => e.id)).toEqual([...FAQ_IDS]);
    for (const e of entries) {
      expect(e.q, e.id).not.toBe('');
      expect(e.a.length, e.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('covers the questions families ask (seeds and research)', () => {
    const text = faqEntries().map((e) => `${e.q} ${e.a.join(' ')}`).join('\n');
    for (const must of ['majuscules', 'chiffre 0', '3 mois', 'perdu le courrier', 'réinitialisé', 'profil', 'adresse de l\'ENT',
      'charte', 'Désinstallez', 'questions secrètes', 'plusieurs enfants', 'Firefox pour Android']) {
      expect(text, must).toContain(must);
    }
  });

  it('contacts: the establishment first, then the official help of each portal, and no one\'s address', () => {
    expect(CONTACTS[0].id).toBe('school');
    expect(JSON.stringify(CONTACTS)).not.toContain('@');
    for (const c of CONTACTS) expect(t(`${c.key}.name`), c.id).not.toBe('');
    expect(t('popup.contacts.educonnect.body')).toContain('Besoin d\'aide');
  });
});

describe('guides', () => {
  it('list every journey of every portal with the steps of the journey data', () => {
    const guides = buildGuides();
    expect(guides.map((g) => g.portal.id)).toEqual(PORTALS.map((p) => p.id));
    for (const g of guides) {
      expect(g.journeys.map((j) => j.id)).toEqual(g.portal.journeys.map((j) => j.id));
      g.journeys.forEach((j, i) => expect(j.steps.map((s) => s.step)).toEqual(g.portal.journeys[i].steps.map((s) => s.step)));
    }
    const neto = guides.find((g) => g.portal.id === 'netocentre')!;
    const activation = neto.journeys.find((j) => j.id === 'netocentre-activation')!;
    expect(activation.name).toBe(t('journey.letter_ent'));
    const login = activation.steps.find((s) => s.step === 'activation-login')!;
    expect(login.help).toBe('recia.activation_login');
    expect(login.title).toBe(t('steps.activation_login'));
  });

  it('follow the family\'s road: the login after an activation or a recovery page is the everyday one', () => {
    const helps = (portal: string, journey: string) =>
      buildGuides()
        .find((g) => g.portal.id === portal)!
        .journeys.find((j) => j.id === journey)!
        .steps.filter((s) => s.step === 'login')
        .map((s) => s.help);
    expect(helps('netocentre', 'netocentre-activation')).toEqual(['recia.login_first', 'recia.login']);
    expect(helps('netocentre', 'netocentre-lost-password')).toEqual(['recia.login_lost', 'recia.login']);
    expect(helps('netocentre', 'netocentre-lost-educonnect')).toEqual(['educonnect.login_lost', 'educonnect.login']);
    expect(helps('educonnect', 'educonnect-lost-id')).toEqual(['educonnect.login_lost', 'educonnect.login']);
    // A journey through one page twice never gives it the same help twice (the family is further along).
    for (const g of buildGuides()) {
      for (const j of g.journeys) {
        const seen = j.steps.map((s) => `${s.portal}/${s.step}/${s.help}`);
        expect(new Set(seen).size, j.id).toBe(seen.length);
      }
    }
  });

  it('use the overlay\'s own help texts for each step (no copy)', () => {
    const step = guideDocs().find((d) => d.step?.help === 'touraine.activation_questions')!;
    expect(step.text).toContain(t('touraine.activation_questions.title'));
    expect(step.text).toEqual(expect.arrayContaining([t('touraine.activation_questions.body.b1')]));
  });
});

describe('search', () => {
  it('ignores case, accents and little words', () => {
    expect(queryTerms('Le MOT de passe Provisoire')).toEqual(['mot', 'passe', 'provisoire']);
    expect(ids('reinitialise')).toEqual(ids('réinitialisé'));
    expect(ids('REINITIALISE')[0]).toBe('faq:account_reset');
    expect(ids('eleve ou parent').length).toBeGreaterThan(0);
    expect(ids('élève ou parent')).toEqual(ids('eleve ou parent'));
  });

  it('finds questions and guide steps together, best title matches first', () => {
    const r = searchDocs(docs, 'mot de passe provisoire');
    expect(r[0].id).toBe('faq:temp_password');
    expect(r.some((d) => d.kind === 'step' && d.step?.step === 'activation-login')).toBe(true);
    expect(ids('questions secretes')).toEqual(expect.arrayContaining(['faq:secret_questions']));
    expect(searchDocs(docs, 'questions secretes').some((d) => d.step?.step === 'activation-questions')).toBe(true);
    expect(ids('pronote')).toEqual(expect.arrayContaining(['faq:charter', 'faq:pronote_app']));
    expect(ids('android')).toEqual(['faq:android']);
  });

  it('needs every word; nothing for an empty or unknown query', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   le la  ')).toEqual([]);
    expect(ids('zzzqqq')).toEqual([]);
    expect(ids('android pronote')).toEqual([]);
  });

  it('finds a shared step once', () => {
    const r = searchDocs(docs, 'activer mon compte');
    const keys = r.filter((d) => d.kind === 'step').map((d) => `${d.id.split('/')[0]}|${d.step?.help}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('search in the family\'s language', () => {
  const inLang = async (lang: string) => {
    setMessages(await loadLocale(lang), lang);
    return [...faqDocs(), ...guideDocs()];
  };
  afterAll(async () => setMessages(await loadLocale('fr'), 'fr'));

  it.each(['fr', 'en', 'ar'])('%s: the example under the search box finds answers', async (lang) => {
    const all = await inLang(lang);
    const example = t('popup.search_hint').split(/[:：]/).slice(1).join(':').trim();
    expect(example, lang).not.toBe('');
    const found = searchDocs(all, example);
    expect(found.length, `${lang}: ${example}`).toBeGreaterThan(0);
    expect(found.some((d) => d.id === 'faq:temp_password'), lang).toBe(true);
  });

  it('ar: Arabic words are search terms, written with or without the article, hamza or short vowels', async () => {
    const all = await inLang('ar');
    const ar = (q: string) => searchDocs(all, q).map((d) => d.id);
    expect(queryTerms('كلمة المرور')).toEqual(['كلمه', 'مرور']);
    expect(queryTerms('ما هي كلمة المرور؟')).toEqual(['كلمه', 'مرور']);
    expect(ar('ما هي كلمة المرور المؤقتة؟')).toContain('faq:temp_password');
    const temp = ar('كلمة المرور المؤقتة');
    expect(temp).toContain('faq:temp_password');
    expect(ar('كلمة مرور مؤقتة')).toEqual(temp);
    expect(ar('كلمه المرور المؤقته')).toEqual(temp);
    expect(ar('كَلِمَةُ المُرُورِ المُؤَقَّتَةُ')).toEqual(temp);
    // A French word of the page, quoted in the Arabic help, is still found.
    expect(ar('Autre public').length).toBeGreaterThan(0);
    expect(ar('zzzqqq')).toEqual([]);
  });

  it('en: little words do not hide the answer', async () => {
    const all = await inLang('en');
    expect(queryTerms('How do I change my password?')).toEqual(['change', 'password']);
    expect(searchDocs(all, 'what is the temporary password').map((d) => d.id)).toContain('faq:temp_password');
  });
});
