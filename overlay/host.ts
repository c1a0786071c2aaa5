/** The overlay's footprint on the page: its host element's tag, the target marker, and telling our UI apart. */
export const HOST_TAG = 'compagnon-ent';
export const TARGET_ATTR = 'data-compagnon-target';

export function isOwnUi(el: Element): boolean {
  return el.localName === HOST_TAG;
}

/** The focused element, looking through open shadow roots (but not into our own UI). */
export function deepActive(doc: Document): Element | null {
  let a: Element | null = doc.activeElement;
  while (a && a.shadowRoot && a.shadowRoot.activeElement && !isOwnUi(a)) a = a.shadowRoot.activeElement;
  return a;
}
