import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManagedInfo } from '@/components/ManagedInfo';
import { RememberedList, type RememberedListLabels } from '@/components/RememberedList';
import { RememberOffer } from '@/components/RememberOffer';

let root: HTMLElement;
function mount(node: preact.ComponentChild) {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}
afterEach(() => {
  render(null, root);
  root.remove();
});

const HOSTILE = '<img src=x onerror="alert(1)"> « Élève »';

describe('RememberOffer', () => {
  it('one candidate: its sentence and a Continuer button; page labels are text, never markup', () => {
    const onContinue = vi.fn();
    const r = mount(
      <RememberOffer
        title="Vos choix"
        items={[{ key: 'a', text: `La dernière fois, vous avez choisi « ${HOSTILE} ».`, button: 'Continuer' }]}
        onContinue={onContinue}
        onCancel={() => {}}
      />,
    );
    expect(r.querySelector('img')).toBeNull();
    expect(r.textContent).toContain('<img src=x');
    act(() => (r.querySelector('[data-testid=remember-continue]') as HTMLButtonElement).click());
    expect(onContinue).toHaveBeenCalledWith('a');
  });

  it('several candidates: a titled list with one button each; countdown with Annuler', () => {
    const onCancel = vi.fn();
    const r = mount(
      <RememberOffer
        title="Vos choix précédents sur cette page :"
        items={[
          { key: 'a', text: 'A', name: 'Lucas', button: 'Continuer avec « A »' },
          { key: 'b', text: 'B', button: 'Continuer avec « B »' },
        ]}
        countdown={{ key: 'a', text: 'Choix automatique de « A » dans 3 s.', cancel: 'Annuler' }}
        onContinue={() => {}}
        onCancel={onCancel}
      />,
    );
    expect(r.querySelectorAll('[data-testid=remember-continue]')).toHaveLength(2);
    expect(r.textContent).toContain('Lucas');
    expect(r.querySelector('[data-testid=remember-countdown]')?.getAttribute('role')).toBe('status');
    act(() => (r.querySelector('[data-testid=remember-cancel]') as HTMLButtonElement).click());
    expect(onCancel).toHaveBeenCalled();
  });

  it('nothing to offer: renders nothing', () => {
    const r = mount(<RememberOffer title="x" items={[]} onContinue={() => {}} onCancel={() => {}} />);
    expect(r.innerHTML).toBe('');
  });
});

const LABELS: RememberedListLabels = {
  listLabel: 'Choix mémorisés',
  empty: 'Aucun choix',
  nameLabel: 'Nom de ce choix',
  rename: 'Renommer',
  save: 'Enregistrer',
  cancel: 'Annuler',
  auto: 'Choisir automatiquement la prochaine fois',
  autoHelp: 'Après 3 secondes.',
  forget: 'Oublier ce choix',
  forgetAll: 'Tout oublier',
  forgetAllConfirm: 'Confirmer : tout oublier',
  forgetAllAsk: 'Cliquez encore.',
};

describe('RememberedList', () => {
  const row = { key: 'k1', choice: 'Choix : « Élève ou parent »', portal: 'Portail : X', establishment: 'Site : y.fr', lastUsed: 'hier', auto: false, forgetLabel: 'Oublier « Élève ou parent »' };

  it('rename, auto, forget one, forget all (asks twice)', () => {
    const cb = { onRename: vi.fn(), onAuto: vi.fn(), onForget: vi.fn(), onForgetAll: vi.fn() };
    const r = mount(<RememberedList rows={[row]} labels={LABELS} {...cb} />);
    act(() => (r.querySelector('[data-testid=remember-rename]') as HTMLButtonElement).click());
    const input = r.querySelector('[data-testid=remember-name-input]') as HTMLInputElement;
    expect(r.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Nom de ce choix');
    act(() => {
      input.value = 'Lucas';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => (r.querySelector('[data-testid=remember-save]') as HTMLButtonElement).click());
    expect(cb.onRename).toHaveBeenCalledWith('k1', 'Lucas');
    const auto = r.querySelector('[data-testid=remember-auto]') as HTMLInputElement;
    expect(auto.checked).toBe(false);
    act(() => auto.click());
    expect(cb.onAuto).toHaveBeenCalledWith('k1', true);
    const forget = r.querySelector('[data-testid=remember-forget]') as HTMLButtonElement;
    expect(forget.getAttribute('aria-label')).toBe('Oublier « Élève ou parent »');
    act(() => forget.click());
    expect(cb.onForget).toHaveBeenCalledWith('k1');
    const all = () => r.querySelector('[data-testid=remember-forget-all]') as HTMLButtonElement;
    act(() => all().click());
    expect(cb.onForgetAll).not.toHaveBeenCalled();
    expect(r.querySelector('[role=alert]')?.textContent).toBe('Cliquez encore.');
    act(() => all().click());
    expect(cb.onForgetAll).toHaveBeenCalled();
  });

  it('empty list', () => {
    const r = mount(<RememberedList rows={[]} labels={LABELS} onRename={() => {}} onAuto={() => {}} onForget={() => {}} onForgetAll={() => {}} />);
    expect(r.querySelector('[data-testid=remember-empty]')?.textContent).toBe('Aucun choix');
  });
});

describe('ManagedInfo (read-only)', () => {
  const labels = { intro: 'Préparé par votre établissement.', none: 'Aucun réglage.', supportTitle: "Contact d'assistance" };
  it('shows the school settings and support contact, with nothing editable', () => {
    const r = mount(
      <ManagedInfo view={{ lines: ['Portail : Net O\'Centre', 'Choix conseillé : « Élève ou parent »'], support: ['E-mail : aide@lycee.fr'] }} labels={labels} />,
    );
    expect(r.textContent).toContain("Portail : Net O'Centre");
    expect(r.querySelector('[data-testid=managed-support]')?.textContent).toContain('aide@lycee.fr');
    expect(r.querySelectorAll('input, button, select, textarea')).toHaveLength(0);
  });
  it('no settings', () => {
    const r = mount(<ManagedInfo view={{ lines: [], support: [] }} labels={labels} />);
    expect(r.querySelector('[data-testid=managed-none]')?.textContent).toBe('Aucun réglage.');
  });
});

import { SupportContact } from '@/components/SupportContact';

describe('SupportContact', () => {
  it('name, e-mail and phone links, hours; all as text', () => {
    const r = mount(
      <SupportContact
        s={{
          title: 'Bloqué(e) ? Contactez votre établissement :',
          name: 'Contact : Vie scolaire',
          email: { text: 'E-mail : vie.scolaire@lycee.fr', address: 'vie.scolaire@lycee.fr' },
          phone: { text: 'Téléphone : 02 38 00 00 00', number: '02 38 00 00 00' },
          hours: 'Horaires : 8 h – 17 h',
        }}
      />,
    );
    expect(r.querySelector('a[href="mailto:vie.scolaire@lycee.fr"]')?.textContent).toBe('E-mail : vie.scolaire@lycee.fr');
    expect(r.querySelector('a[href="tel:0238000000"]')).not.toBeNull();
    expect(r.textContent).toContain('Horaires : 8 h – 17 h');
  });
});
