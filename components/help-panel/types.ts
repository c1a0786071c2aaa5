/** What the help card is given: already-translated text, nothing about portals. */
export interface StuckItem {
  q: string;
  a: string;
}

export interface HelpContent {
  /** Stable key of what is shown (portal/step/state): minimise state and announcements follow it. */
  key: string;
  brand: string;
  title: string;
  counter?: string;
  origin?: string;
  body: string[];
  nextLabel: string;
  next?: string;
  then?: string;
  stuckTitle: string;
  stuck: StuckItem[];
  /** Shown when the element to use could not be found on the page. */
  missingTarget?: string;
  labels: { minimize: string; reopen: string; region: string; expand: string; collapse: string };
  dir: 'ltr' | 'rtl';
  lang: string;
}

export type Corner = 'br' | 'bl' | 'tr' | 'tl' | 'b' | 't';

export interface Placement {
  corner: Corner;
  /** Set when the card must shrink to fit above or below the focused field. */
  maxHeight?: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}
