/**
 * The features the overlay runs on recognised steps, in display order. Each lives in its own module and
 * renders only on the steps it cares about (see `Feature` in utils/controller.tsx).
 */
import type { Feature } from '@/utils/controller';
import { passwordFeature } from '@/utils/features/password';
import { rememberFeature } from './remember';

export const FEATURES: Feature[] = [rememberFeature, passwordFeature];
