/** The `<compagnon-ent>` host of the shadow root an element of ours is in (null outside a shadow root). */
export function shadowHost(el: Element | null | undefined): Element | null {
  return (el?.getRootNode() as ShadowRoot | undefined)?.host ?? null;
}
