export const WCAG_TAGS: string[];
export const AXE_SOURCE: string;
type Evaluate = (fn: any, arg?: any) => Promise<any>;
export function axe(evaluate: Evaluate, o?: { include?: string | null; exclude?: string | null; tags?: string[] }): Promise<string[]>;
