// Extension storage for both runners, behind one adapter: `{ run(fn, arg) }` runs a self-contained function in
// an extension context (Chromium: the service worker; Firefox: an extension page) and returns its result.
// The functions below only use `browser` (Firefox, or the polyfill) or `chrome`, whichever the context has.


/** Clear local and session storage; with `lang`, choose that language the way the popup's setting does. */
export function reset(x, { lang } = {}) {
  return x.run(async (lang) => {
    const b = globalThis.browser ?? globalThis.chrome;
    await b.storage.local.clear();
    await b.storage.session?.clear();
    if (lang) await b.storage.local.set({ lang, lang$: { v: 1 } });
  }, lang ?? null);
}

/** The language setting, as the popup stores it. */
export function setLanguage(x, lang) {
  return x.run((lang) => (globalThis.browser ?? globalThis.chrome).storage.local.set({ lang, lang$: { v: 1 } }), lang);
}

/** Remembered choices (storage item `choices`, version 2). */
export function setChoices(x, entries) {
  return x.run((value) => (globalThis.browser ?? globalThis.chrome).storage.local.set({ choices: value, choices$: { v: 2 } }), entries);
}

export function set(x, items) {
  return x.run((items) => (globalThis.browser ?? globalThis.chrome).storage.local.set(items), items);
}

export function remove(x, key) {
  return x.run((key) => (globalThis.browser ?? globalThis.chrome).storage.local.remove(key), key);
}

/** Local storage as an object. */
export function local(x) {
  return x.run(() => (globalThis.browser ?? globalThis.chrome).storage.local.get(null));
}

/** Every storage area (local, session, sync), as JSON: what a leak test searches. */
export function dumpAll(x) {
  return x.run(async () => {
    const b = globalThis.browser ?? globalThis.chrome;
    const out = {};
    for (const area of ['local', 'session', 'sync']) out[area] = b.storage[area] ? await b.storage[area].get(null).catch(() => null) : null;
    return JSON.stringify(out);
  });
}
