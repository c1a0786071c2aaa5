// Page-side readers shared by both e2e runners. Each is a plain, self-contained function that runs inside the
// page (Playwright's page.evaluate, puppeteer's page.evaluate): no closure, no import, only its argument.
// The Node-side helpers at the end work on what the readers return.

/** The overlay's observable contract: <compagnon-ent data-portal data-step data-state data-situation data-journey>. */
export function overlayState() {
  const h = document.querySelector('compagnon-ent');
  if (!h) return null;
  const a = (n) => h.getAttribute(n);
  return { portal: a('data-portal'), step: a('data-step'), state: a('data-state'), situation: a('data-situation'), journey: a('data-journey') };
}

/** The password help, read through our open shadow root: checklist items, confirmation, Caps Lock, proposal, box. */
export function passwordUi() {
  const root = document.querySelector('compagnon-ent')?.shadowRoot;
  const q = (s) => root?.querySelector(s);
  const rules = {};
  for (const li of root?.querySelectorAll('[data-testid="password-checklist"] li[data-rule]') ?? []) {
    rules[li.getAttribute('data-rule')] = li.getAttribute('data-met');
  }
  const help = q('[data-testid="password-help"]');
  const box = help?.getBoundingClientRect();
  return {
    order: Object.keys(rules),
    rules,
    match: q('[data-testid="password-match"]')?.getAttribute('data-match') ?? null,
    caps: !!q('[data-testid="caps-lock-warning"]'),
    proposal: q('[data-testid="password-proposal"]')?.textContent.trim() ?? null,
    help: help ? { visible: getComputedStyle(help).visibility === 'visible', left: box.left, right: box.right, top: box.top, bottom: box.bottom } : null,
    vw: innerWidth,
    vh: innerHeight,
  };
}

/** Where the focus is, through our shadow root: { where: 'overlay' | 'page', testid }. */
export function activeElement() {
  const a = document.activeElement;
  if (a?.localName === 'compagnon-ent') {
    const inner = a.shadowRoot?.activeElement;
    return { where: 'overlay', testid: inner?.getAttribute('data-testid') ?? inner?.localName ?? null };
  }
  return { where: 'page', testid: a?.id || a?.localName || null };
}

/** Boxes of elements by selector, looked up in the page and then in our shadow root (null when absent). */
export function boxes(selectors) {
  const root = document.querySelector('compagnon-ent')?.shadowRoot;
  return selectors.map((s) => {
    const e = document.querySelector(s) ?? root?.querySelector(s);
    const r = e?.getBoundingClientRect();
    return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
  });
}

/** The highlighted element is inside the window (scrolled to if needed) with a size. */
export function targetInView() {
  const t = document.querySelector('[data-compagnon-target]');
  const r = t?.getBoundingClientRect();
  return !!r && r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.top < innerHeight && r.left < innerWidth;
}

/** Resolves true once the card, the ring, the tag and the page's scroll stay put across three animation frames
 * (false as soon as one moved: poll again). Replaces fixed waits for the smooth scroll and the placement. */
export function layoutSettled() {
  return new Promise((resolve) => {
    const root = document.querySelector('compagnon-ent')?.shadowRoot;
    const sig = () =>
      [root?.querySelector('[data-testid=ce-panel]'), root?.querySelector('[data-testid=ce-ring]'), root?.querySelector('.ce-tag')]
        .map((e) => (e ? JSON.stringify(e.getBoundingClientRect()) : '-'))
        .join() + `${scrollX},${scrollY}`;
    const first = sig();
    let n = 0;
    const tick = () => {
      if (sig() !== first) return resolve(false);
      if (++n === 3) return resolve(true);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/**
 * A page where the overlay must not appear: resolves once the page has loaded and `afterLoad` ms of its own
 * clock have passed since its `load` event ended (support/schedule.mjs), with whether a <compagnon-ent> was
 * there at any moment of the wait (a host that came and went counts).
 */
export function overlayAbsentAfterLoad(afterLoad) {
  return new Promise((resolve) => {
    let seen = !!document.querySelector('compagnon-ent');
    const mo = new MutationObserver(() => {
      if (document.querySelector('compagnon-ent')) seen = true;
    });
    mo.observe(document, { childList: true, subtree: true });
    const loaded = () => {
      const end = performance.getEntriesByType('navigation')[0]?.loadEventEnd || performance.now();
      setTimeout(() => {
        mo.disconnect();
        const now = performance.now();
        resolve({ seen: seen || !!document.querySelector('compagnon-ent'), sinceLoad: Math.round(now - end) });
      }, Math.max(0, end + afterLoad - performance.now()));
    };
    if (document.readyState === 'complete') loaded();
    else addEventListener('load', loaded, { once: true });
  });
}

/**
 * axe-core inside the page (its source evaluated first: AXE_SOURCE in support/axe.mjs). Violations as
 * "rule: help (targets)" lines, so that a failure names what to fix.
 */
export async function axeViolations({ include, exclude, tags }) {
  const context = include || exclude ? { ...(include ? { include: [include] } : {}), ...(exclude ? { exclude: [exclude] } : {}) } : document;
  const r = await globalThis.axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => [].concat(n.target).join(' ')).join(', ')})`);
}

// Node side.

/** Do two boxes overlap by more than `slack` CSS pixels on both axes? */
export const overlaps = (a, b, slack = 0.5) =>
  a.x < b.x + b.width - slack && b.x < a.x + a.width - slack && a.y < b.y + b.height - slack && b.y < a.y + a.height - slack;
