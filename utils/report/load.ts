/** Where the report's module is in the built extension, and how a page context loads it (the same way the
 * content script's entry loads the overlay UI: an `import()` of `chrome.runtime.getURL(…)`, AMO's linter accepts
 * no other form). */
import type { pageReport } from './page-report';

export const REPORT_FILE = 'content-scripts/page-report.js';
const REPORT_PATH = `/${REPORT_FILE}`;

export type ReportModule = { pageReport: typeof pageReport };

declare const chrome: { runtime: { getURL(path: string): string } };

export function loadReportModule(): Promise<ReportModule> {
  return import(/* @vite-ignore */ chrome.runtime.getURL(REPORT_PATH)) as Promise<ReportModule>;
}
