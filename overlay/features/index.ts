/**
 * The features the overlay runs on recognised steps, in display order. Each lives in its own module and
 * renders only on the steps it cares about (see `Feature` in overlay/feature.ts).
 */
import type { Feature } from '@/overlay/feature';
import { passwordFeature } from '@/utils/features/password';
import { rememberFeature } from '@/entrypoints/content/remember';

export const FEATURES: Feature[] = [rememberFeature, passwordFeature];
