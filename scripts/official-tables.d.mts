/** Types of scripts/official-tables.mjs (for tests/unit/official-tables.test.ts). */
export const OUT: string;
export function suffixRules(): Promise<{ rules: [rule: string, flags: number][]; exceptions: [rule: string, flags: number][] }>;
export function generate(officialHosts: readonly string[]): Promise<string>;
export function officialHosts(): Promise<string[]>;
