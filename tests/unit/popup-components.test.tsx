/**
 * The popup's portal-agnostic components: the status card (colour and icon per tone) and the step help, which
 * shows the overlay's own `HelpContent` (built from the step data) and never renders text as HTML.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { StatusCard } from '@/components/popup/StatusCard';
import { StepHelp } from '@/components/popup/StepHelp';
import { fr } from '@/components/popup/typo';
import { buildContent } from '@/utils/help-content';
import { t } from '@/utils/i18n';

function mount(vnode: preact.VNode) {
  const el = document.createElement('div');
  document.body.append(el);
  render(vnode, el);
  return el;
}

describe('StatusCard', () => {
  it('has an icon and a title for each tone', () => {
    for (const tone of ['ok', 'neutral', 'danger'] as const) {
      const el = mount(<StatusCard tone={tone} title={`T ${tone}`}><p>body</p></StatusCard>);
      const card = el.querySelector('[data-tone]')!;
      expect(card.getAttribute('data-tone')).toBe(tone);
      expect(card.classList.contains(`pp-${tone}`)).toBe(true);
      expect(card.querySelector('svg[aria-hidden="true"] path')).not.toBeNull();
      expect(card.querySelector('h3')!.textContent).toBe(`T ${tone}`);
    }
  });
});

describe('StepHelp', () => {
  it('shows the overlay help of a step: counter, title, body, next, stuck answers', () => {
    const content = buildContent({
      portal: 'touraine-eschool',
      step: 'activation-questions',
      state: null,
      help: 'touraine.activation_questions',
      targetFound: true,
      journey: { journey: 'touraine-activation', name: 'journey.letter_ent', x: 7, n: 11, origin: 'touraine-eschool', next: null },
    });
    const el = mount(<StepHelp content={content} />);
    expect(el.querySelector('[data-testid=pp-counter]')!.textContent).toBe('Étape 7 sur 11');
    expect(el.querySelector('h3')!.textContent).toBe(fr(t('touraine.activation_questions.title')));
    expect(el.textContent).toContain(fr(t('touraine.activation_questions.body.b1')));
    expect(el.querySelectorAll('.pp-stuck details').length).toBeGreaterThanOrEqual(2);
  });

  it('renders texts as text, never as HTML', () => {
    const content = { ...buildContent({ portal: 'netocentre', step: 'login', state: null, help: 'recia.login', targetFound: true, journey: null }) };
    content.body = ['<img src=x onerror="alert(1)">'];
    const el = mount(<StepHelp content={content} />);
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it('keeps French punctuation on its line', () => {
    expect(fr('Cliquez sur « Continuer » ?')).toBe('Cliquez sur «\u00a0Continuer\u00a0»\u00a0?');
  });
});
