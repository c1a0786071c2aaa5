/**
 * components/Text.tsx: our texts with quoted page labels and web addresses isolated left to right (Arabic),
 * as text nodes only.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Text } from '@/components/Text';

function shown(s: string) {
  const box = document.createElement('div');
  box.dir = 'rtl';
  render(<Text s={s} />, box);
  return box;
}

describe('Text', () => {
  it('isolates a quoted label and keeps the sentence around it as it is', () => {
    const s = "لديك حساب EduConnect؟ اختر « de l'académie de Montpellier avec EduConnect ».";
    const box = shown(s);
    expect(box.textContent).toBe(s);
    const bdi = box.querySelectorAll('bdi[dir=ltr]');
    expect(Array.from(bdi, (b) => b.textContent)).toEqual(["« de l'académie de Montpellier avec EduConnect »"]);
    // The guillemets stay with their words.
    expect(Array.from(bdi[0].querySelectorAll('span'), (x) => x.textContent)).toEqual(['« de', 'EduConnect »']);
  });

  it('isolates web addresses on one line, the full stop after them outside', () => {
    const s = 'انظر إلى العنوان في الأعلى. يجب أن ينتهي بـ mon-ent-occitanie.fr أو www.touraine-eschool.fr.';
    const box = shown(s);
    expect(box.textContent).toBe(s);
    const bdi = Array.from(box.querySelectorAll<HTMLElement>('bdi[dir=ltr]'));
    expect(bdi.map((b) => b.textContent)).toEqual(['mon-ent-occitanie.fr', 'www.touraine-eschool.fr']);
    for (const b of bdi) expect(b.style.whiteSpace).toBe('nowrap');
    expect(box.lastChild?.textContent).toBe('.');
  });

  it('leaves plain words, words with a full stop and e-mail addresses alone', () => {
    for (const s of ['Cliquez sur Valider.', 'Étape 2. Ensuite, etc. Fin', 'e-school', 'Lycée St.Exupéry', 'prenom.nom@ac-montpellier.fr']) {
      const box = shown(s);
      expect(box.textContent).toBe(s);
      expect(box.querySelector('bdi')).toBeNull();
    }
  });

  it('never renders markup: tags in the text stay text', () => {
    const s = '<img src=x onerror=alert(1)> « <b>Valider</b> » netocentre.fr';
    const box = shown(s);
    expect(box.textContent).toBe(s);
    expect(box.querySelector('img, b')).toBeNull();
  });
});
