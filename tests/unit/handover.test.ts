/**
 * The entry's answer handed to the UI module's first pass (utils/handover.ts): taken as it is only while
 * nothing changed since it was found, and only once; every other call recognises the page again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { handOver } from '@/utils/handover';
import { PORTALS } from '@/utils/portals';
import { recognize, type RecognitionResult, type RecognizeOptions } from '@/utils/recognize';
import { fixtureByName } from '../support/fixtures.mjs';

afterEach(() => {
  document.body.innerHTML = '';
});

/** The login fixture in the document, its answer found as the entry finds it, and a counting recogniser. */
function setUp() {
  const f = fixtureByName('netocentre/login-new');
  document.body.innerHTML = new DOMParser().parseFromString(f.html, 'text/html').body.innerHTML;
  const rec = recognize(f.url, document, PORTALS);
  const calls: (RecognizeOptions | undefined)[] = [];
  const again = (url: string, doc: Document, opts?: RecognizeOptions): RecognitionResult | null => {
    calls.push(opts);
    return recognize(url, doc, PORTALS, opts);
  };
  return { f, rec, calls, again };
}

describe('handOver: the first pass reads the page once', () => {
  it('answers the first call with the answer given when nothing changed, then recognises again', () => {
    const { f, rec, calls, again } = setUp();
    expect(rec?.step).toBe(f.expect!.step);
    const recognizeFirst = handOver({ href: f.url, rec }, document, again);
    expect(recognizeFirst(f.url, document)).toBe(rec); // the same object: the page was not read again
    expect(calls).toHaveLength(0);
    const second = recognizeFirst(f.url, document);
    expect(calls).toHaveLength(1);
    expect(second?.step).toBe(rec?.step);
    expect(second).not.toBe(rec);
  });

  it('recognises again after any mutation of the page, an attribute or a text', async () => {
    for (const change of [
      () => document.querySelector('#password')!.setAttribute('aria-invalid', 'true'),
      () => document.body.append(document.createElement('div')),
      () => {
        const t = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT).nextNode() as Text;
        t.data += ' ';
      },
    ]) {
      const { f, rec, calls, again } = setUp();
      const recognizeFirst = handOver({ href: f.url, rec }, document, again);
      change();
      const got = recognizeFirst(f.url, document);
      expect(calls).toHaveLength(1);
      expect(got).not.toBe(rec);
      document.body.innerHTML = '';
    }
  });

  it('a change seen before the first pass (the observer already called back) is enough', async () => {
    const { f, rec, calls, again } = setUp();
    const recognizeFirst = handOver({ href: f.url, rec }, document, again);
    document.body.append(document.createElement('div'));
    await new Promise((done) => setTimeout(done, 0)); // the observer's callback has run: no records left
    recognizeFirst(f.url, document);
    expect(calls).toHaveLength(1);
  });

  it('recognises again for another address, another document or a pass on the family\'s road', () => {
    const { f, rec, calls, again } = setUp();
    handOver({ href: f.url, rec }, document, again)(`${f.url}#autre`, document);
    handOver({ href: f.url, rec }, document, again)(f.url, document.implementation.createHTMLDocument(''));
    handOver({ href: f.url, rec }, document, again)(f.url, document, { situation: 'first-ent' });
    handOver({ href: f.url, rec }, document, again)(f.url, document, { academie: 'toulouse' });
    expect(calls).toEqual([undefined, undefined, { situation: 'first-ent' }, { academie: 'toulouse' }]);
  });

  it('a pass asking only why the other steps failed takes the answer (that map stays empty: all are read)', () => {
    const { f, rec, calls, again } = setUp();
    const failed = new Map();
    expect(handOver({ href: f.url, rec }, document, again)(f.url, document, { failed })).toBe(rec);
    expect(calls).toHaveLength(0);
    expect(failed.size).toBe(0);
  });

  it('a page that was no step hands nothing over', () => {
    const { f, calls, again } = setUp();
    const recognizeFirst = handOver({ href: f.url, rec: null }, document, again);
    expect(recognizeFirst(f.url, document)?.step).toBe(f.expect!.step);
    expect(calls).toHaveLength(1);
  });
});
