import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { chooseCorner, HelpPanel, type HelpContent } from '@/components/HelpPanel';
import { buildContent } from '@/utils/help-content';

const box = (left: number, top: number, width: number, height: number) => ({
  left, top, width, height, right: left + width, bottom: top + height,
});
const VP = { width: 1280, height: 800 };
const CARD = { width: 380, height: 300 };

describe('chooseCorner', () => {
  it('uses the bottom-right corner when nothing is in the way', () => {
    expect(chooseCorner(CARD, VP, [])).toEqual({ corner: 'br' });
  });
  it('starts bottom-left in right-to-left languages', () => {
    expect(chooseCorner(CARD, VP, [], { rtl: true })).toEqual({ corner: 'bl' });
  });
  it('moves away from the focused field', () => {
    expect(chooseCorner(CARD, VP, [box(1000, 600, 200, 40)]).corner).toBe('bl');
  });
  it('keeps the focused field clear even when the highlight cannot be', () => {
    const wide = box(0, 100, 1280, 40); // highlight across the whole page top
    const field = box(1000, 600, 200, 40);
    const p = chooseCorner(CARD, VP, [field, wide]);
    expect(p.corner).toBe('bl');
  });
  it('shrinks to the larger free band when the field is in every corner', () => {
    const field = box(0, 300, 1280, 40);
    const p = chooseCorner({ width: 380, height: 600 }, VP, [field]);
    expect(p.corner.startsWith('b')).toBe(true);
    expect(p.maxHeight).toBe(800 - 340 - 32);
  });
  it('is a full-width sheet at the top or bottom on phones, above the keyboard', () => {
    const p = chooseCorner({ width: 360, height: 80 }, { width: 360, height: 740, bottomInset: 300 }, [box(10, 400, 340, 40)], { compact: true });
    expect(p.corner).toBe('t');
  });
});

describe('HelpPanel', () => {
  const content = (over: Partial<HelpContent> = {}): HelpContent => ({
    ...buildContent({ portal: 'netocentre', step: 'login', state: null, help: 'recia.login', targetFound: true, journey: { journey: 'j', name: 'n', x: 3, n: 11, origin: 'touraine-eschool', next: null } }),
    ...over,
  });

  it('renders the step help from the French messages', () => {
    const el = document.createElement('div');
    act(() => render(<HelpPanel content={content()} minimized={false} onMinimize={() => {}} />, el));
    expect(el.querySelector('[data-testid=ce-title]')?.textContent).toBe('Connectez-vous');
    expect(el.querySelector('[data-testid=ce-counter]')?.textContent).toBe('Étape 3 sur 11');
    expect(el.querySelector('[data-testid=ce-origin]')?.textContent).toBe('Vous venez de Touraine e-school.');
    expect(el.querySelectorAll('[data-testid=ce-stuck] li').length).toBeGreaterThanOrEqual(3);
  });

  it('never renders text as markup, and isolates quoted page labels', () => {
    const el = document.createElement('div');
    const evil = '<img src=x onerror=alert(1)> « Valider »';
    act(() => render(<HelpPanel content={content({ title: evil, body: [evil] })} minimized={false} onMinimize={() => {}} />, el));
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('[data-testid=ce-title]')?.textContent).toBe(evil);
    expect(el.querySelector('bdi[dir=ltr]')?.textContent).toBe('« Valider »');
  });

  it('minimised: only the reopen button, which reopens', () => {
    const el = document.createElement('div');
    let min = true;
    act(() => render(<HelpPanel content={content()} minimized={min} onMinimize={(m) => (min = m)} />, el));
    expect(el.querySelector('[data-testid=ce-panel]')).toBeNull();
    act(() => (el.querySelector('[data-testid=ce-reopen]') as HTMLButtonElement).click());
    expect(min).toBe(false);
  });
});
