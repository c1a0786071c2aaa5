export interface OverlayState {
  portal: string | null;
  step: string | null;
  state: string | null;
  situation: string | null;
  journey: string | null;
}
export interface PasswordUi {
  order: string[];
  rules: Record<string, string | null>;
  match: string | null;
  caps: boolean;
  proposal: string | null;
  help: { visible: boolean; left: number; right: number; top: number; bottom: number } | null;
  vw: number;
  vh: number;
}
export type Box = { x: number; y: number; width: number; height: number };
export function overlayState(): OverlayState | null;
export function passwordUi(): PasswordUi;
export function activeElement(): { where: 'overlay' | 'page'; testid: string | null };
export function boxes(selectors: string[]): (Box | null)[];
export function targetInView(): boolean;
export function layoutSettled(): Promise<boolean>;
export function overlayAbsentAfterLoad(afterLoad: number): Promise<{ seen: boolean; sinceLoad: number }>;
export function axeViolations(o: { include: string | null; exclude: string | null; tags: string[] }): Promise<string[]>;
export function overlaps(a: Box, b: Box, slack?: number): boolean;
