/**
 * The page report (« Cette page n'est pas reconnue ? »): a redacted description of the page as HTML that
 * scripts/fixture-from-report.mjs turns back into a fixture page. Pure: reads the document it is given.
 *
 * What is kept: the element tree (tags, ids, classes, roles, input types and names, the attributes the
 * recogniser reads), open shadow roots as declarative `<template shadowrootmode="open">`, whether an element is
 * hidden, and the words of headings, labels, buttons, links and status messages (80 characters each).
 * What never is: an input's or text area's value, paragraph text, query values, e-mail addresses, numbers of 4
 * digits or more, words outside the shipped word list (names), iframes' content (noted as absent), data-*
 * attributes, scripts and styles.
 */
import { cut, GAP, redactIdent, redactText, redactUrl, type Words } from './redact';

export const REPORT_VERSION = 1;
export const REPORT_MARK = 'Compagnon ENT — rapport de page';
const TEXT_MAX = 80;
const MAX_ELEMENTS = 4000;

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta', 'base', 'compagnon-ent']);
const VOID = new Set(['input', 'br', 'hr', 'img', 'area', 'col', 'embed', 'source', 'track', 'wbr']);
const FRAMES = new Set(['iframe', 'frame', 'object', 'embed', 'portal', 'fencedframe']);
/** Elements whose words are shown: headings, labels, controls, links, captions. Never `p`, `div` or `span`. */
const TEXT_TAGS = new Set([
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'label', 'legend', 'button', 'a', 'option', 'summary', 'caption', 'th', 'dt', 'title',
]);
const TEXT_ROLES = new Set(['heading', 'button', 'link', 'tab', 'alert', 'status', 'checkbox', 'radio', 'option', 'menuitem', 'tooltip']);
/** Error and status panels (« Mauvais identifiant / mot de passe »): short messages, not paragraphs. */
const MESSAGE_CLASS = /(^|[\s_-])(errors?|erreurs?|alert|alerte|message|msg|warning|notice|feedback|invalid)([\s_-]|$)/i;
/** Attributes whose value is an identifier (redacted word by word). */
const IDENT_ATTRS = ['id', 'name', 'for', 'role', 'type', 'method', 'autocomplete', 'inputmode', 'enctype', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'lang', 'dir', 'slot'];
/** Attributes whose value is words a person reads. */
const WORD_ATTRS = ['aria-label', 'placeholder', 'title', 'alt', 'label'];
const URL_ATTRS = ['href', 'action', 'src', 'formaction'];
const STATE_ATTRS = ['aria-invalid', 'aria-expanded', 'aria-checked', 'aria-pressed', 'aria-selected', 'aria-hidden', 'aria-current', 'aria-disabled', 'aria-required'];
const BOOL_ATTRS = ['hidden', 'disabled', 'readonly', 'required', 'multiple', 'open', 'inert'];
const NUM_ATTRS = ['maxlength', 'minlength', 'size', 'tabindex'];
/** Input types whose value is the button's label, not something typed. */
const LABEL_VALUE_TYPES = new Set(['submit', 'button', 'reset']);

export interface ReportContext {
  url: string;
  /** What the extension recognised here (ids only), or null. */
  recognised: { portal: string; step: string; state?: string | null } | null;
  /** The portal whose host this is, when known. */
  portal?: string | null;
  viewport?: { width: number; height: number } | null;
}

export function describePage(doc: Document, ctx: ReportContext, words: Words): string {
  const out: string[] = [];
  let count = 0;
  let left = 0;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const attr = (s: string) => esc(s).replace(/"/g, '&quot;');
  const view = doc.defaultView;

  /** Display of an element as its computed style says (only for what markup does not say already). */
  const hiddenStyle = (el: Element): string | null => {
    if (!view || el.hasAttribute('hidden') || (el.localName === 'input' && (el as HTMLInputElement).type === 'hidden')) return null;
    try {
      const cs = view.getComputedStyle(el);
      if (cs.display === 'none') return 'display:none';
      if (cs.visibility === 'hidden') return 'visibility:hidden';
    } catch {
      /* not rendered: nothing to say */
    }
    return null;
  };

  const attrsOf = (el: Element, tag: string, parentHidden: boolean): { text: string; hidden: boolean } => {
    const parts: string[] = [];
    const add = (k: string, v: string) => parts.push(v === '' ? k : `${k}="${attr(v)}"`);
    for (const k of IDENT_ATTRS) {
      const v = el.getAttribute(k);
      if (v !== null) add(k, redactIdent(v, words));
    }
    const cls = el.getAttribute('class');
    if (cls?.trim()) add('class', cls.trim().split(/\s+/).map((c) => redactIdent(c, words)).join(' '));
    for (const k of URL_ATTRS) {
      const v = el.getAttribute(k);
      if (v !== null) add(k, redactUrl(v, words));
    }
    for (const k of WORD_ATTRS) {
      const v = el.getAttribute(k);
      if (v !== null) add(k, cut(redactText(v, words).trim(), TEXT_MAX));
    }
    for (const k of STATE_ATTRS) {
      const v = el.getAttribute(k);
      if (v !== null) add(k, /^(true|false|mixed|page|step)$/i.test(v) ? v : GAP);
    }
    for (const k of BOOL_ATTRS) if (el.hasAttribute(k)) add(k, '');
    for (const k of NUM_ATTRS) {
      const v = el.getAttribute(k);
      if (v !== null) add(k, /^-?\d{1,3}$/.test(v) ? v : GAP);
    }
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (tag === 'input' && LABEL_VALUE_TYPES.has(type)) {
      // A button's label, never a field's content.
      const v = el.getAttribute('value');
      if (v !== null) add('value', cut(redactText(v, words).trim(), TEXT_MAX));
    }
    if (tag === 'button') {
      const v = el.getAttribute('value');
      if (v !== null) add('value', redactIdent(v, words));
    }
    if (tag === 'input' && (type === 'checkbox' || type === 'radio') && (el as HTMLInputElement).checked) add('checked', '');
    let hidden = parentHidden;
    if (!parentHidden) {
      const h = hiddenStyle(el);
      if (h) {
        add('style', h);
        hidden = true;
      }
      if (el.hasAttribute('hidden')) hidden = true;
    }
    return { text: parts.length ? ` ${parts.join(' ')}` : '', hidden };
  };

  const isTextual = (el: Element, tag: string): boolean => {
    if (TEXT_TAGS.has(tag)) return true;
    const role = el.getAttribute('role');
    if (role && TEXT_ROLES.has(role.toLowerCase())) return true;
    return MESSAGE_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.id}`);
  };

  /** Children of an element or shadow root, as lines at `depth`. `budget`: characters of text still allowed
   * for the innermost text-bearing ancestor, or null outside one (text is then never shown). */
  const children = (parent: ParentNode, depth: number, budget: { n: number } | null, hidden: boolean) => {
    const pad = '  '.repeat(depth);
    let run = '';
    const flush = () => {
      const t = run.replace(/\s+/g, ' ').trim();
      run = '';
      if (!t || !budget || budget.n <= 0) return;
      const shown = cut(redactText(t, words).trim(), budget.n);
      budget.n -= shown.length;
      if (shown) out.push(`${pad}${esc(shown)}`);
    };
    for (let n = parent.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        if (budget) run += ` ${n.nodeValue ?? ''}`;
        continue;
      }
      if (n.nodeType !== 1) continue;
      flush();
      element(n as Element, depth, budget, hidden);
    }
    flush();
  };

  const element = (el: Element, depth: number, budget: { n: number } | null, parentHidden: boolean) => {
    const tag = el.localName.toLowerCase();
    if (SKIP.has(tag)) return;
    if (count >= MAX_ELEMENTS) {
      left++;
      return;
    }
    count++;
    const pad = '  '.repeat(depth);
    const { text: a, hidden } = attrsOf(el, tag, parentHidden);
    if (FRAMES.has(tag)) {
      out.push(`${pad}<${tag}${a}></${tag}> <!-- ${tag} : contenu absent du rapport -->`);
      return;
    }
    if (VOID.has(tag) || tag === 'textarea') {
      // A text area's content is what the family typed: never.
      out.push(tag === 'textarea' ? `${pad}<textarea${a}></textarea>` : `${pad}<${tag}${a}>`);
      return;
    }
    if (tag === 'svg' || tag === 'math') {
      out.push(`${pad}<${tag}${a}></${tag}>`);
      return;
    }
    const own = budget ?? (isTextual(el, tag) ? { n: TEXT_MAX } : null);
    const start = out.length;
    const root = el.shadowRoot && el.shadowRoot.mode === 'open' ? el.shadowRoot : null;
    if (root) {
      out.push(`${pad}  <template shadowrootmode="open">`);
      children(root, depth + 2, null, hidden);
      out.push(`${pad}  </template>`);
    }
    children(el, depth + 1, own, hidden);
    const inner = out.splice(start);
    if (!inner.length) out.push(`${pad}<${tag}${a}></${tag}>`);
    else if (inner.length === 1 && !inner[0].trimStart().startsWith('<')) out.push(`${pad}<${tag}${a}>${inner[0].trim()}</${tag}>`);
    else out.push(`${pad}<${tag}${a}>`, ...inner, `${pad}</${tag}>`);
  };

  const html = doc.documentElement;
  const rec = ctx.recognised;
  out.push(
    `<!-- ${REPORT_MARK} (v${REPORT_VERSION}) -->`,
    `<!-- adresse : ${redactUrl(ctx.url, words).replace(/--/g, '-')} -->`,
    `<!-- portail : ${ctx.portal ?? 'inconnu'} -->`,
    `<!-- reconnu : ${rec ? `${rec.portal}/${rec.step}${rec.state ? ` (état ${rec.state})` : ''}` : 'aucune étape'} -->`,
    ...(ctx.viewport ? [`<!-- fenêtre : ${ctx.viewport.width} × ${ctx.viewport.height} -->`] : []),
    `<!-- remplacé par « ${GAP} » : ce qui a été tapé, les noms, adresses e-mail, nombres de 4 chiffres ou plus, valeurs d'adresse -->`,
    '<!doctype html>',
  );
  if (html) {
    const title = doc.title ? cut(redactText(doc.title, words).trim(), TEXT_MAX) : '';
    const lang = html.getAttribute('lang');
    out.push(`<html${lang ? ` lang="${attr(redactIdent(lang, words))}"` : ''}>`);
    out.push(`<head><meta charset="utf-8">${title ? `<title>${esc(title)}</title>` : ''}</head>`);
    if (doc.body) element(doc.body, 0, null, false);
    out.push('</html>');
  }
  if (left) out.push(`<!-- ${left} éléments de plus, non décrits -->`);
  return `${out.join('\n')}\n`;
}
