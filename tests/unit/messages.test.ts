import { describe, expect, it } from 'vitest';
import { parseMessage, senderKind } from '@/utils/messages';

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
