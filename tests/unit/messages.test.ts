import { describe, expect, it } from 'vitest';
import { parseMessage, parseTabRequest, parseWhereReply, senderKind, whereReply } from '@/utils/messages';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const isEnt = (u: string) => new URL(u).hostname.endsWith('.netocentre.fr');

describe('messages', () => {
  it('parses valid messages and refuses malformed ones', () => {
    expect(parseMessage({ type: 'journey', portal: 'netocentre', step: 'login', nav: 'navigate' })).not.toBeNull();
    expect(parseMessage({ type: 'locale', lang: 'ar' })).not.toBeNull();
    for (const bad of [
      null, 42, 'journey', {}, { type: 'nope' },
      { type: 'journey', portal: 'evil', step: 'login', nav: 'navigate' },
      { type: 'journey', portal: 'netocentre', step: '<img onerror=x>', nav: 'navigate' },
      { type: 'journey', portal: 'netocentre', step: 'x'.repeat(500), nav: 'navigate' },
      { type: 'locale', lang: '../../etc/passwd' },
      { type: 'journey', portal: 'netocentre', step: 'login' },
    ]) expect(parseMessage(bad), JSON.stringify(bad)).toBeNull();
  });

  it('answers only our content scripts on ENT pages and our own pages', () => {
    expect(senderKind({ id: ID, url: 'https://lycees.netocentre.fr/portail/', tab: {} }, ID, ORIGIN, isEnt)).toBe('content');
    expect(senderKind({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN, isEnt)).toBe('page');
    expect(senderKind({ id: 'other-extension', url: `${ORIGIN}popup.html` }, ID, ORIGIN, isEnt)).toBeNull();
    expect(senderKind({ id: ID, url: 'https://evil.example/', tab: {} }, ID, ORIGIN, isEnt)).toBeNull();
    expect(senderKind({ id: ID }, ID, ORIGIN, isEnt)).toBeNull();
    expect(senderKind(undefined, ID, ORIGIN, isEnt)).toBeNull();
  });
});

describe('popup ↔ content script messages', () => {
  it('parses the popup requests and refuses anything else', () => {
    expect(parseTabRequest({ type: 'where' })).toEqual({ type: 'where' });
    expect(parseTabRequest({ type: 'reopen' })).toEqual({ type: 'reopen' });
    for (const bad of [null, 'where', {}, { type: 'journey' }, { type: 'WHERE' }]) expect(parseTabRequest(bad)).toBeNull();
  });

  it('answers with ids and numbers only: extra fields (page text) are dropped, bad ids refused', () => {
    const journey = { journey: 'netocentre-activation', name: 'journey.letter_ent', x: 4, n: 11, origin: 'netocentre', next: { portal: 'netocentre', step: 'activation-terms' } };
    const rec = { portal: 'netocentre', step: 'activation-login', state: null, help: 'recia.activation_login', score: 10, stepDef: {}, target: { text: 'page text' }, typed: 'secret' };
    const r = whereReply(rec, { ...journey, pageText: 'x' } as typeof journey, false);
    expect(r).toEqual({ rec: { portal: 'netocentre', step: 'activation-login', state: null, help: 'recia.activation_login', minimized: false, journey } });
    expect(JSON.stringify(r)).not.toContain('secret');
    expect(whereReply(null, null, false)).toEqual({ rec: null });
    expect(whereReply({ ...rec, help: '<b>x</b>' }, null, false)).toEqual({ rec: null });
    expect(parseWhereReply({ rec: { ...rec, minimized: true, journey: { ...journey, x: 1000 } } })).toBeNull();
    expect(parseWhereReply('nope')).toBeNull();
  });
});
