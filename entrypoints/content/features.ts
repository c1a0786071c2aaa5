/**
 * The features the overlay runs on recognised steps, in display order. Each lives in its own module and
 * renders only on the steps it cares about (see `Feature` in utils/controller.tsx).
 */
import type { Feature } from '@/utils/controller';
import type { Feature as OverlayFeature } from '@/overlay/feature';
import { passwordFeature } from '@/overlay/features/password';
import { rememberFeature } from '@/overlay/features/remember';
import { supportFeature } from '@/overlay/features/support';

// Bridge until the controller asks `applies` itself (overlay/ move): hooks run only where the feature applies.
const gated = (f: OverlayFeature): Feature => ({
  id: f.id,
  panel: f.panel && ((c) => (f.applies(c) ? f.panel!(c) : null)),
  lead: f.lead && ((c) => (f.applies(c) ? f.lead!(c) : null)),
  layer: f.layer && ((c) => (f.applies(c) ? f.layer!(c) : null)),
});

export const FEATURES: Feature[] = [rememberFeature, supportFeature, passwordFeature].map(gated);
