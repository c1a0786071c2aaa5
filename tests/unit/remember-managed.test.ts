import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { isEmptyManaged, parseManaged, readManagedConfig } from '@/utils/storage/managed';

describe('managed (school) configuration', () => {
  afterEach(() => vi.restoreAllMocks());

  it('parses a full policy', () => {
    expect(
      parseManaged({
        portal: 'netocentre',
        establishment: 'Lycees.Netocentre.fr',
        suggestedChoice: { value: 'parentEleveEN-IdP', label: 'Élève ou parent' },
        support: { name: 'Vie scolaire', email: 'vie.scolaire@lycee.fr', phone: '02 38 00 00 00', hours: 'Lundi au vendredi, 8 h – 17 h' },
      }),
    ).toEqual({
      portal: 'netocentre',
      establishment: 'lycees.netocentre.fr',
      suggested: { value: 'parentEleveEN-IdP', label: 'Élève ou parent' },
      support: { name: 'Vie scolaire', email: 'vie.scolaire@lycee.fr', phone: '02 38 00 00 00', hours: 'Lundi au vendredi, 8 h – 17 h' },
    });
  });

  it('drops bad fields one by one and keeps the good ones', () => {
    expect(
      parseManaged({
        portal: 'Net O Centre!',
        establishment: 'https://x/',
        suggestedChoice: { value: 42 },
        support: { name: 'Secrétariat', email: 'not an email', phone: 'call me', hours: 'x'.repeat(5000) },
        extra: { anything: true },
      }),
    ).toEqual({ support: { name: 'Secrétariat' } });
    for (const raw of [null, undefined, 'x', 42, [], { support: 'x' }]) expect(isEmptyManaged(parseManaged(raw))).toBe(true);
  });

  it('readManagedConfig never throws: no policy (Firefox rejects), hanging API, no API', async () => {
    const area = (fakeBrowser.storage as unknown as { managed?: { get: unknown } }).managed;
    if (area) {
      vi.spyOn(area as { get: () => Promise<unknown> }, 'get').mockRejectedValueOnce(new Error('Managed storage manifest not found'));
      await expect(readManagedConfig()).resolves.toEqual({});
      vi.spyOn(area as { get: () => Promise<unknown> }, 'get').mockReturnValueOnce(new Promise(() => {}));
      await expect(readManagedConfig(50)).resolves.toEqual({});
      vi.spyOn(area as { get: () => Promise<unknown> }, 'get').mockResolvedValueOnce({
        portal: 'educonnect',
        support: { email: 'aide@college.fr' },
      });
      await expect(readManagedConfig()).resolves.toEqual({ portal: 'educonnect', support: { email: 'aide@college.fr' } });
      vi.spyOn(area as { get: () => Promise<unknown> }, 'get').mockImplementationOnce(() => {
        throw new Error('sync throw');
      });
      await expect(readManagedConfig()).resolves.toEqual({});
    }
    const g = globalThis as { browser?: unknown };
    const saved = g.browser;
    g.browser = undefined;
    try {
      await expect(readManagedConfig()).resolves.toEqual({});
    } finally {
      g.browser = saved;
    }
  });
});
