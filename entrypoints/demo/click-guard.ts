/**
 * The simulated page does nothing by itself (no scripts, no forms, no network): using the highlighted
 * element, or sending its form, shows the next page; other links and « Valider » buttons say they lead
 * nowhere here. Typing, ticking and choosing stay in the page.
 */

const ACTIONABLE =
  'a[href], area[href], button, input[type=submit], input[type=button], input[type=image], input[type=reset], [role=button], [role=link]';

const LINK = 'a[href], area[href], [role=link]';
/** Fields where Enter sends the form (implicit submission). */
const TEXT_TYPES = new Set(['', 'text', 'password', 'email', 'tel', 'number', 'search', 'url']);

function isSubmit(el: Element): boolean {
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (el.localName === 'button') return type === '' || type === 'submit';
  return el.localName === 'input' && (type === 'submit' || type === 'image');
}

export interface GuardInput {
  /** The element the overlay highlights now. */
  target(): Element | null;
  /** A printed picture: nothing leads anywhere. */
  picture: boolean;
  onNext(): void;
  onBlocked(): void;
}

/** Starts guarding the page's document; returns the function that stops. */
export function guardPage(doc: Document, g: GuardInput): () => void {
  /** The form holding the highlighted element: "sending" it shows the next page. */
  const formOfTarget = (form: HTMLFormElement | null) => {
    const t = g.target();
    return !!form && !!t && (form === t || form.contains(t));
  };
  const onClick = (e: Event) => {
    const path = e.composedPath();
    const el = path.find((n): n is Element => (n as Element).nodeType === 1 && (n as Element).matches(ACTIONABLE));
    if (!el) return; // typing, ticking a box, choosing in a list: allowed, stays in the page
    e.preventDefault();
    if (g.picture) return;
    const t = g.target();
    const submit = isSubmit(el);
    if ((t && path.includes(t)) || (submit && formOfTarget((el as HTMLButtonElement).form))) g.onNext();
    else if (submit || el.matches(LINK)) g.onBlocked();
    // other buttons (show password…) would need the page's scripts: nothing happens
  };
  const onKey = (e: KeyboardEvent) => {
    const el = e.composedPath()[0] as Element;
    if (e.key === 'Enter' && el?.localName === 'input' && TEXT_TYPES.has((el.getAttribute('type') ?? '').toLowerCase())) {
      e.preventDefault();
      if (formOfTarget((el as HTMLInputElement).form)) g.onNext();
      else g.onBlocked();
      return;
    }
    const inField = el && /^(input|textarea|select)$/.test(el.localName);
    if (!inField && (e.key === 'PageDown' || e.key === 'PageUp')) {
      // A presenter's remote control sends PageDown / PageUp.
      e.preventDefault();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: e.key }));
    }
  };
  const onSubmit = (e: Event) => e.preventDefault();
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('submit', onSubmit, true);
  return () => {
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('keydown', onKey, true);
    doc.removeEventListener('submit', onSubmit, true);
  };
}
