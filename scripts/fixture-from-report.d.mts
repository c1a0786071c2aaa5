export const REPORT_MARK: string;
export function parseReport(text: string): { head: Record<string, string>; page: string };
export function fixtureUrl(reported: string): string;
export function fixtureFromReport(
  text: string,
  opts?: { expect?: string; state?: string; note?: string },
): { portal: string | null; html: string };
