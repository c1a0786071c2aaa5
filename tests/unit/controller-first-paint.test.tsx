/**
 * The controller's first paint in two steps (overlay/controller.tsx `beforeFirstPaint`): the host element goes
 * into the page with its step, then the content script yields a task, then the help card is rendered. So the
 * overlay's start and its first render are never one long task of the page.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startController, type Controller } from '@/overlay/controller';
import { HOST_TAG } from '@/overlay/host';
import { recognize } from '@/utils/recognize';
import { PORTALS } from '@/utils/portals';
import type { Prefs } from '@/utils/storage/prefs';
import { fixtureByName } from '../support/fixtures.mjs';

let controller: Controller | null = null;
afterEach(() => {
  controller?.stop();
  controller = null;
  document.body.innerHTML = '';
});

function setUp(name: string, beforeFirstPaint?: () => Promise<void>) {
  const f = fixtureByName(name);
  document.body.innerHTML = new DOMParser().parseFromString(f.html, 'text/html').body.innerHTML;
  let prefs: Prefs = { minimized: {}, activated: [] };
  let host: HTMLElement | null = null;
  controller = startController({
    doc: document,
    url: () => f.url,
    recognize: (url, doc, opts) => recognize(url, doc, PORTALS, opts),
    mount() {
      host ??= document.createElement(HOST_TAG);
      if (!host.isConnected) document.body.append(host);
      return { host, container: host };
    },
    remove: () => host?.remove(),
    journey: async () => null,
    prefs: { get: async () => prefs, update: async (fn) => (prefs = fn(prefs)) },
    beforeFirstPaint,
  });
  return { f, host: () => document.querySelector(HOST_TAG) };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('controller: first paint after a yield', () => {
  it('puts the host in with its step, waits for beforeFirstPaint, then renders the card once', async () => {
    let release!: () => void;
    let asked = 0;
    const yielded = () => {
      asked++;
      return new Promise<void>((resolve) => (release = resolve));
    };
    const { f, host } = setUp('netocentre/login-new', yielded);
    await settle();
    expect(asked).toBe(1);
    expect(host()?.getAttribute('data-portal')).toBe(f.expect!.portal);
    expect(host()?.getAttribute('data-step')).toBe(f.expect!.step);
    expect(host()?.querySelector('[data-testid=ce-panel]')).toBeNull(); // not rendered before the yield
    release();
    await settle();
    await settle();
    expect(host()?.querySelector('[data-testid=ce-panel]')).not.toBeNull();
    // Later passes (a refresh, a repaint) do not yield again.
    await controller!.refresh(true);
    expect(asked).toBe(1);
  });

  it('renders at once without it (the demo page)', async () => {
    const { host } = setUp('netocentre/login-new');
    await settle();
    await settle();
    expect(host()?.querySelector('[data-testid=ce-panel]')).not.toBeNull();
  });

  it('its own host going in asks for no pass; a field the page adds does', async () => {
    const { host } = setUp('netocentre/login-new');
    await settle();
    await settle();
    const h = host()!;
    expect(h.querySelector('[data-testid=ce-panel]')).not.toBeNull();
    // `data-rechecks`: the mutation batches that asked for a pass.
    expect(h.getAttribute('data-rechecks')).toBeNull();
    document.querySelector('form')!.insertAdjacentHTML('beforeend', '<input type="email" id="extra">');
    await settle();
    expect(h.getAttribute('data-rechecks')).toBe('1');
  });

  it('the page taking the host out asks for a pass', async () => {
    const { host } = setUp('netocentre/login-new');
    await settle();
    await settle();
    const h = host()!;
    h.remove();
    await settle();
    // Counted on the host, out of the page until that pass puts it back.
    expect(h.getAttribute('data-rechecks')).toBe('1');
  });
});
