/**
 * The school deployment files of deploy/ (docs/deploiement.md): the Linux JSON, the Windows .reg, the macOS
 * profile and Firefox's policies.json carry the same settings, every one of them valid for the extension
 * (parseManaged keeps it), and the test id is the one Chromium derives from the test key.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_EXTENSION_ID, TEST_PUBLIC_KEY } from '../../deploy/test-key';
import { parseManaged } from '@/utils/storage/managed';

const dir = path.resolve(import.meta.dirname, '../../deploy');
const read = (f: string) => fs.readFileSync(path.join(dir, f));
const linux = JSON.parse(read('chromium-linux.json').toString('utf8'));
const config = linux['3rdparty'].extensions[TEST_EXTENSION_ID];

/** Chromium's id of a manifest key: SHA-256 of the DER public key, first 32 hex digits mapped 0–f → a–p. */
const idOfKey = (b64: string) =>
  [...crypto.createHash('sha256').update(Buffer.from(b64, 'base64')).digest('hex').slice(0, 32)]
    .map((h) => String.fromCharCode(97 + parseInt(h, 16)))
    .join('');

/** A .reg file (UTF-16LE) as { "key path": { name: value } }. */
function parseReg(buf: Buffer): Record<string, Record<string, string>> {
  expect([...buf.subarray(0, 2)]).toEqual([0xff, 0xfe]);
  const text = buf.subarray(2).toString('utf16le');
  expect(text.startsWith('Windows Registry Editor Version 5.00')).toBe(true);
  const out: Record<string, Record<string, string>> = {};
  let key = '';
  for (const line of text.split(/\r\n/)) {
    const k = /^\[(.+)\]$/.exec(line);
    if (k) out[(key = k[1])] = {};
    const v = /^"([^"]+)"="((?:[^"\\]|\\.)*)"$/.exec(line);
    if (v) out[key][v[1]] = v[2].replace(/\\(.)/g, '$1');
  }
  return out;
}

/** The few plist elements the profile uses → JSON. */
function plistValue(xml: string): unknown {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const conv = (el: Element): unknown => {
    if (el.tagName === 'dict') {
      const o: Record<string, unknown> = {};
      const kids = [...el.children];
      for (let i = 0; i < kids.length; i += 2) o[kids[i].textContent!] = conv(kids[i + 1]);
      return o;
    }
    if (el.tagName === 'array') return [...el.children].map(conv);
    if (el.tagName === 'integer') return Number(el.textContent);
    return el.textContent;
  };
  return conv(doc.querySelector('plist > dict')!);
}

describe('deploy/', () => {
  it('the test id is the one of the test key', () => {
    expect(idOfKey(TEST_PUBLIC_KEY)).toBe(TEST_EXTENSION_ID);
    expect(TEST_EXTENSION_ID).toMatch(/^[a-p]{32}$/);
  });

  it('chromium-linux.json: every setting is valid (parseManaged keeps all of it)', () => {
    expect(Object.keys(linux)).toEqual(['3rdparty']);
    const { suggestedChoice, ...rest } = config;
    expect(parseManaged(config)).toEqual({ ...rest, suggested: suggestedChoice });
    expect(config.support.email).toMatch(/\.example$/); // no one's real mailbox
  });

  it('firefox-policies.json: the same settings for the add-on id, forced install from AMO', () => {
    const ff = JSON.parse(read('firefox-policies.json').toString('utf8')).policies;
    expect(ff['3rdparty'].Extensions['compagnon-ent@compagnon-ent.fr']).toEqual(config);
    expect(ff.ExtensionSettings['compagnon-ent@compagnon-ent.fr']).toMatchObject({
      installation_mode: 'force_installed',
      install_url: expect.stringMatching(/^https:\/\/addons\.mozilla\.org\//),
    });
  });

  it('chrome-windows.reg: the same settings, one subkey per object', () => {
    const reg = parseReg(read('chrome-windows.reg'));
    const base = `HKEY_LOCAL_MACHINE\\Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${TEST_EXTENSION_ID}\\policy`;
    expect(reg[base]).toEqual({ portal: config.portal, establishment: config.establishment });
    expect(reg[`${base}\\suggestedChoice`]).toEqual(config.suggestedChoice);
    expect(reg[`${base}\\support`]).toEqual(config.support);
  });

  it('chrome-macos.mobileconfig: the same settings and the forced install', () => {
    const p = plistValue(read('chrome-macos.mobileconfig').toString('utf8')) as any;
    const chrome = p.PayloadContent.find((c: any) => c.PayloadType === 'com.google.Chrome');
    expect(chrome['3rdparty'].extensions[TEST_EXTENSION_ID]).toEqual(config);
    expect(chrome.ExtensionInstallForcelist).toEqual(JSON.parse(read('chromium-linux-forcelist.json').toString('utf8')).ExtensionInstallForcelist);
  });
});
