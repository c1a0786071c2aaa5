/**
 * The features the overlay runs on recognised steps, in display order. Each lives in its own module and
 * renders only where its `applies` holds (see `Feature` in overlay/feature.ts).
 */
import type { Feature } from '@/overlay/feature';
import { passwordFeature } from '@/overlay/features/password';
import { rememberFeature } from '@/overlay/features/remember';
import { supportFeature } from '@/overlay/features/support';

export const FEATURES: Feature[] = [rememberFeature, supportFeature, passwordFeature];
