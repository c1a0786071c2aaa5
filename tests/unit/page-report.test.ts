/**
 * The page report (issue 22 §4): the redaction lets nothing personal through — typed values, e-mail addresses,
 * long numbers, names (words outside the shipped list), paragraph text, query values — also inside open shadow
 * roots; iframes are noted as absent; the recogniser's markup survives.
 */
import { describe, expect, it } from 'vitest';
import WORDS from '@/utils/report/words.txt?raw';
import { describePage } from '@/utils/report/describe';
import { redactText, redactUrl, wordSet } from '@/utils/report/redact';

const words = wordSet(WORDS);
const SECRETS = ['Kévin', 'Kevin', 'Dupontel', 'Yasmine', 'Benali', 'kevin.dupontel', 'k.dupontel@gmail.com', '0612345678', '123456', '4821', 'Zorglub77!x', 'Secret-Mot2passe', 'ticket=ST-'];

function page(): Document {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><html lang="fr"><head><title>Connexion de Kévin Dupontel</title></head><body>
    <header id="entete" class="site-header"><a href="/portail/accueil?uid=kevin.dupontel&amp;ticket=ST-4821-abc#top">Accueil de Kévin Dupontel</a></header>
    <main>
      <h1>Bienvenue Yasmine Benali</h1>
      <p>Bonjour Kévin Dupontel, votre code est 123456. Écrivez à k.dupontel@gmail.com ou au 0612345678.</p>
      <div class="message erreur" role="alert">Mauvais identifiant ou mot de passe pour kevin.dupontel</div>
      <form id="fm1" action="/cas/login?service=https%3A%2F%2Flycees.netocentre.fr%2Fportail&amp;user=benali" method="post">
        <label for="username">Identifiant (ex. : kevin.dupontel)</label>
        <input id="username" name="username" type="text" value="kevin.dupontel" placeholder="Yasmine Benali">
        <label for="password">Mot de passe</label>
        <input id="password" name="password" type="password">
        <input type="hidden" name="execution" value="e1s1-4821-Zorglub77!x">
        <input type="email" name="mail" value="k.dupontel@gmail.com">
        <textarea name="note">Kévin Dupontel 0612345678</textarea>
        <input type="checkbox" id="cgu" name="cgu" checked><label for="cgu">J'accepte les conditions</label>
        <input type="submit" class="btn-submit" value="Se connecter">
        <button id="localAuthLoginButton" type="submit" name="submit" value="Yasmine">Se connecter</button>
      </form>
      <div id="late" style="display:none"><h2>Compte activé</h2></div>
      <r-card id="tiles"></r-card>
      <iframe src="https://chat.example.fr/bot?user=kevin.dupontel" title="Aide"></iframe>
      <a href="mailto:k.dupontel@gmail.com">Écrire à Kévin</a>
    </main></body></html>`,
    'text/html',
  );
  (doc.getElementById('username') as HTMLInputElement).value = 'Secret-Mot2passe';
  (doc.getElementById('password') as HTMLInputElement).value = 'Zorglub77!x';
  const root = doc.getElementById('tiles')!.attachShadow({ mode: 'open' });
  root.innerHTML = `<ul class="idps"><li><a class="parentEleveEN-IdP" href="/cas/login?idpId=parentEleveEN-IdP&amp;login=Yasmine.Benali">Élève ou parent — Yasmine Benali</a></li>
    <li><input name="q" value="Dupontel" type="search"><span>Kévin Dupontel 4821</span></li></ul>`;
  return doc;
}

describe('page report redaction', () => {
  const report = describePage(page(), { url: 'https://ent.netocentre.fr/cas/login?service=https%3A%2F%2Fx.fr&uid=kevin.dupontel#Yasmine', recognised: null, portal: 'netocentre' }, words);

  it('lets no typed value, address, long number, name or query value through', () => {
    for (const s of SECRETS) expect(report, s).not.toContain(s);
    expect(report.toLowerCase()).not.toMatch(/kevin|kévin|dupontel|yasmine|benali|gmail/);
    expect(report).not.toMatch(/\d{4,}/);
    expect(report).not.toMatch(/@/);
  });

  it('never shows paragraph text', () => {
    expect(report).not.toContain('Bonjour');
    expect(report).not.toContain('votre code est');
    expect(report).toMatch(/<p><\/p>/);
  });

  it('keeps the markup and the words the recogniser reads', () => {
    expect(report).toContain('<form id="fm1" method="post" action="/cas/login?service=…&amp;user=…">');
    expect(report).toContain('<input id="username" name="username" type="text" placeholder="…">');
    expect(report).toContain('<input id="password" name="password" type="password">');
    expect(report).toContain('<label for="username">Identifiant (ex. : …)</label>');
    expect(report).toContain('<h1>Bienvenue …</h1>');
    expect(report).toMatch(/<input id="cgu" name="cgu" type="checkbox" checked>/);
    expect(report).toContain('value="Se connecter"');
    expect(report).toContain('<button id="localAuthLoginButton" name="submit" type="submit" value="…">Se connecter</button>');
    expect(report).toContain('Mauvais identifiant ou mot de passe pour …');
    expect(report).toContain('<div id="late" style="display:none">');
    expect(report).toContain('<!-- adresse : https://ent.netocentre.fr/cas/login?service=…&…=…#… -->');
    expect(report).toContain('<!-- reconnu : aucune étape -->');
  });

  it('includes open shadow roots, marked, with the same redaction', () => {
    expect(report).toContain('<template shadowrootmode="open">');
    expect(report).toContain('href="/cas/login?idpId=…&amp;login=…"');
    expect(report).toContain('class="parentEleveEN-IdP"');
    expect(report).toContain('Élève ou parent — …');
    expect(report).toContain('<input name="q" type="search">');
  });

  it('notes iframes as absent and drops their query values', () => {
    expect(report).toMatch(/<iframe src="https:\/\/chat\.example\.fr\/bot\?user=…" title="Aide"><\/iframe> <!-- iframe : contenu absent du rapport -->/);
    expect(report).toContain('href="mailto:…"');
  });

  it('redacts words, addresses and numbers', () => {
    expect(redactText('Kévin Dupontel, 12 rue Zwerlinck, 0612345678', words)).toBe('…, 12 rue …, …');
    expect(redactText('Votre compte est activé', words)).toBe('Votre compte est activé');
    expect(redactUrl('https://user:pw@ent.fr/a/Dupontel/b?x=1&y', words)).toBe('https://ent.fr/a/…/b?x=…&y');
  });

  it('the word list holds no first or family name of the tests', () => {
    for (const w of ['kevin', 'yasmine', 'benali', 'dupontel', 'lucas']) expect(words.has(w), w).toBe(false);
  });
});

describe('the report module stays out of the entry, the overlay UI and the popup', () => {
  it('the content script entry loads it by the path the build writes it to', async () => {
    const fs = await import('node:fs');
    const { REPORT_FILE } = await import('@/utils/report/load');
    const entry = fs.readFileSync('entrypoints/content/index.tsx', 'utf8');
    expect(entry).toContain(`const REPORT_PATH = '/${REPORT_FILE}';`);
    // Only types from the report's code: the word list and the redaction are never bundled into the entry.
    for (const f of ['entrypoints/content/index.tsx', 'overlay/features/report-link.tsx', 'entrypoints/popup/ReportSection.tsx']) {
      const src = fs.readFileSync(f, 'utf8');
      expect(src, f).not.toMatch(/from '@\/utils\/report\/(describe|redact|page-report)'|words\.txt/);
    }
  });
});
