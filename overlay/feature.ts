import type { VNode } from 'preact';
import type { PageBox } from '@/utils/obstruction';
import type { RecognitionResult } from '@/utils/recognize';
import type { Deduction, RememberedSituation } from '@/utils/situation';

/** The family's road on this page, and how the card changes its answer (kept per portal, ids only). */
export interface SituationContext {
  deduction: Deduction;
  /** The answer kept for this page's portal (or the journey's origin), if any. */
  current: RememberedSituation | null;
  /** Keep this answer (null: forget it) and show the page again on that road at once. */
  answer(a: RememberedSituation | null): Promise<void>;
}

export interface FeatureContext {
  rec: RecognitionResult;
  doc: Document;
  /** Absent where the runner knows no situations (a test rendering the card alone). */
  situation?: SituationContext;
}
/** A self-contained overlay feature: `applies` decides once per recognition; the hooks render only then. */
export interface Feature {
  id: string;
  applies(ctx: FeatureContext): boolean;
  /** Card content under the help text. */
  panel?(ctx: FeatureContext): VNode | null;
  /** Card content shown first, right under the title: something to act on at once. */
  lead?(ctx: FeatureContext): VNode | null;
  /** Content at the end of « Je suis bloqué(e) » (the page report's link). */
  stuck?(ctx: FeatureContext): VNode | null;
  /** UI on the page layer (anchored next to page elements). */
  layer?(ctx: FeatureContext): VNode | null;
  /**
   * Each pass, before the state is reconciled: the recognition as the family must act on it now (the page
   * covered by a banner: its close control and help). Measures the page at most once.
   */
  adjust?(rec: RecognitionResult, doc: Document): RecognitionResult;
  /** Page areas the card must not cover, read again at each placement (the feature applies). */
  keepClear?(ctx: FeatureContext): () => readonly PageBox[];
}
