import type { VNode } from 'preact';
import type { RecognitionResult } from '@/utils/recognize';
export interface FeatureContext { rec: RecognitionResult; doc: Document; }
/** A self-contained overlay feature: `applies` decides once per recognition; the hooks render only then. */
export interface Feature {
  id: string;
  applies(ctx: FeatureContext): boolean;
  /** Card content under the help text. */
  panel?(ctx: FeatureContext): VNode | null;
  /** Card content shown first, right under the title: something to act on at once. */
  lead?(ctx: FeatureContext): VNode | null;
  /** UI on the page layer (anchored next to page elements). */
  layer?(ctx: FeatureContext): VNode | null;
}
