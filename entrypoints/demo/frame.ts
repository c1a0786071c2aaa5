/** The sandboxed frame that shows a fixture page, and the page zoom of « Texte plus grand ». */

/** Page zoom for "Texte plus grand". */
export const LARGE_ZOOM = '1.2';

/**
 * Shows `html` in the frame and calls `onPage` each time it has loaded. Anything but our own document (a
 * navigation that slipped through) is replaced by the page again. Returns the function that stops.
 */
export function loadFrame(iframe: HTMLIFrameElement, html: string, onPage: () => void): () => void {
  const onLoad = () => {
    let href = '';
    try {
      href = iframe.contentWindow?.location.href ?? '';
    } catch {
      href = 'blocked';
    }
    if (href !== 'about:srcdoc') {
      iframe.srcdoc = html;
      return;
    }
    onPage();
  };
  iframe.addEventListener('load', onLoad);
  iframe.srcdoc = html;
  return () => iframe.removeEventListener('load', onLoad);
}

/** « Texte plus grand » on the page shown in the frame (only once it is our page). */
export function setPageZoom(iframe: HTMLIFrameElement | null, large: boolean): void {
  const doc = iframe?.contentDocument;
  if (!doc?.documentElement || iframe?.contentWindow?.location.href !== 'about:srcdoc') return;
  if (large) doc.documentElement.style.setProperty('zoom', LARGE_ZOOM);
  else doc.documentElement.style.removeProperty('zoom');
}
