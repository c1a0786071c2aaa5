/**
 * The page report's module, loaded only when a report is asked for (modules/page-report.ts builds it as
 * `content-scripts/page-report.js`, with its word list): from the popup through the content script's entry,
 * or from the help card's « L'aide ne correspond pas à la page ».
 */
import WORDS from './words.txt?raw';
import { describePage, type ReportContext } from './describe';
import { wordSet } from './redact';

let words: Set<string> | null = null;

export function pageReport(doc: Document, ctx: ReportContext): string {
  words ??= wordSet(WORDS);
  return describePage(doc, ctx, words);
}
