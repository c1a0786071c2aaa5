/**
 * The page report's views: the card's link builds the report with the module it is given (never before the
 * click) and shows it whole; « Copier » uses the clipboard, or selects the whole text when that is refused.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WORDS from '@/utils/report/words.txt?raw';
import { ReportView } from '@/components/ReportView';
import { ReportLink } from '@/overlay/features/report-link';
import { describePage } from '@/utils/report/describe';
import { wordSet } from '@/utils/report/redact';
import { reportTexts } from '@/utils/report/texts';
import type { RecognitionResult } from '@/utils/recognize';

function mount(vnode: preact.VNode) {
  const el = document.createElement('div');
  document.body.append(el);
  render(vnode, el);
  return el;
}
const flush = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('ReportView', () => {
  it('shows the whole text, the copy button and where to paste it', () => {
    const el = mount(<ReportView s={reportTexts()} state={{ kind: 'ready', text: 'A\nB\nC' }} onClose={() => {}} />);
    expect((el.querySelector('[data-testid=report-text]') as HTMLTextAreaElement).value).toBe('A\nB\nC');
    expect(el.querySelector('[data-testid=report-copy]')!.textContent).toBe('Copier la description');
    expect(el.textContent).toContain("Collez-la dans un e-mail au support de votre établissement.");
    expect(el.textContent).toContain("Rien n'est envoyé.");
  });

  it('copies with the clipboard', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    const el = mount(<ReportView s={reportTexts()} state={{ kind: 'ready', text: 'rapport' }} onClose={() => {}} />);
    await act(async () => (el.querySelector('[data-testid=report-copy]') as HTMLButtonElement).click());
    await flush();
    expect(writeText).toHaveBeenCalledWith('rapport');
    expect(el.querySelector('[data-testid=report-status]')!.textContent).toMatch(/copié/);
  });

  it('selects the whole text when the clipboard refuses', async () => {
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText: () => Promise.reject(new Error('denied')) } as unknown as Clipboard);
    const el = mount(<ReportView s={reportTexts()} state={{ kind: 'ready', text: 'rapport entier' }} onClose={() => {}} />);
    await act(async () => (el.querySelector('[data-testid=report-copy]') as HTMLButtonElement).click());
    await flush();
    const box = el.querySelector('[data-testid=report-text]') as HTMLTextAreaElement;
    expect(box.selectionEnd - box.selectionStart).toBe('rapport entier'.length);
    expect(el.querySelector('[data-testid=report-status]')!.textContent).toMatch(/sélectionné/);
  });
});

describe('ReportLink (the card)', () => {
  it('loads the report module only on click, then shows the redacted report of the page', async () => {
    document.body.innerHTML = '<form id="fm1"><label for="u">Identifiant</label><input id="u" name="username"></form>';
    (document.getElementById('u') as HTMLInputElement).value = 'yasmine.benali';
    const words = wordSet(WORDS);
    const load = vi.fn(async () => ({ pageReport: (doc: Document, ctx: Parameters<typeof describePage>[1]) => describePage(doc, ctx, words) }));
    const rec = { portal: 'netocentre', step: 'login', state: null } as unknown as RecognitionResult;
    const el = mount(<ReportLink ctx={{ rec, doc: document }} load={load} />);
    expect(load).not.toHaveBeenCalled();
    await act(async () => (el.querySelector('[data-testid=card-report-open]') as HTMLButtonElement).click());
    await flush();
    expect(load).toHaveBeenCalledTimes(1);
    const text = (el.querySelector('[data-testid=report-text]') as HTMLTextAreaElement).value;
    expect(text).toContain('<!-- reconnu : netocentre/login -->');
    expect(text).toContain('<input id="u" name="username">');
    expect(text).not.toMatch(/yasmine|benali/i);
    await act(async () => (el.querySelector('[data-testid=report-close]') as HTMLButtonElement).click());
    expect(el.querySelector('[data-testid=card-report-open]')).not.toBeNull();
  });

  it('says so when the module cannot load', async () => {
    const rec = { portal: 'netocentre', step: 'login', state: null } as unknown as RecognitionResult;
    const el = mount(<ReportLink ctx={{ rec, doc: document }} load={() => Promise.reject(new Error('no'))} />);
    await act(async () => (el.querySelector('[data-testid=card-report-open]') as HTMLButtonElement).click());
    await flush();
    expect(el.querySelector('[data-testid=report-view]')!.getAttribute('data-state')).toBe('failed');
  });
});
