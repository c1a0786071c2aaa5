// A fixture page as a portal over a phone's connection serves it (tests/e2e/late-script.spec.ts and its Firefox
// twin): one parser-blocking script answered late, the body built by the page's own DOMContentLoaded listener
// on `document`, and a listener on window that records, at the end of that DOMContentLoaded task, what it sees of
// our card (`window.__atDcl`). That listener is added after the entry's, which arrived while the page waited for
// its script: it runs once the entry's listener and the microtasks it queued are done, still in the same task.

/** The late script's path (answered after LATE_MS by the test's own server). */
export const LATE_SCRIPT = '/__late.js';
export const LATE_MS = 1500;

/** The page's HTML: the fixture's head and, built at DOMContentLoaded, its body (scripts left out). `stop`: the
 * page's listener also stops the event there, so no listener on window hears it. */
export function latePage(fixture, { stop = false } = {}) {
  const head = /<head[^>]*>([\s\S]*)<\/head>/i.exec(fixture.html)?.[1] ?? '';
  const body = (/<body[^>]*>([\s\S]*)<\/body>/i.exec(fixture.html)?.[1] ?? '').replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
  const probe = `document.addEventListener('DOMContentLoaded', function (e) {
  document.body.innerHTML = ${JSON.stringify(body)};
  ${stop ? 'e.stopPropagation();' : ''}
});
window.addEventListener('DOMContentLoaded', function () {
  var host = document.querySelector('compagnon-ent');
  var root = host && host.shadowRoot;
  window.__atDcl = { step: host && host.getAttribute('data-step'), card: !!(root && root.querySelector('[data-testid=ce-panel]')) };
});`;
  return `<!doctype html><html lang="fr"><head>${head}<script src="${LATE_SCRIPT}"></script><script>${probe}</script></head><body></body></html>`;
}
