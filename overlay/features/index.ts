/**
 * The features the overlay runs on recognised steps, in display order. Each lives in its own module and
 * renders only where its `applies` holds (see `Feature` in overlay/feature.ts).
 */
import type { Feature } from '@/overlay/feature';
import { obstructionFeature } from '@/overlay/features/obstruction';
import { passwordFeature } from '@/overlay/features/password';
import { rememberFeature } from '@/overlay/features/remember';
import { situationFeature } from '@/overlay/features/situation';
import { supportFeature } from '@/overlay/features/support';

// The situation first: its answer decides what the rest of the card says.
export const FEATURES: Feature[] = [situationFeature, rememberFeature, supportFeature, passwordFeature, obstructionFeature];
