/**
 * « Sources » for support staff (demo page): where the step's page and help, and the journey, come from — the
 * `sources` of the portal data (docs/sources.md explains each id). Folded by default: families do not need it.
 */
import { t } from '@/utils/i18n';
import { portalById } from '@/utils/portals';
import type { PortalId } from '@/utils/portals/types';

export function SourcesNote({ portal, step, journey }: { portal: PortalId; step: string; journey?: { owner: PortalId; id: string } }) {
  const stepSources = portalById(portal)?.steps.find((s) => s.id === step)?.sources ?? [];
  const journeySources = journey ? (portalById(journey.owner)?.journeys.find((j) => j.id === journey.id)?.sources ?? []) : [];
  if (!stepSources.length && !journeySources.length) return null;
  const list = (label: string, items: readonly string[], testId: string) =>
    items.length > 0 && (
      <p data-testid={testId}>
        {label}{' '}
        {items.map((s, i) => (
          <span key={s}>
            {i > 0 && ' · '}
            <code dir="ltr">{s}</code>
          </span>
        ))}
      </p>
    );
  return (
    <details class="sources-note" data-testid="demo-sources">
      <summary>{t('demo.sources.title')}</summary>
      {list(t('demo.sources.step'), stepSources, 'demo-sources-step')}
      {list(t('demo.sources.journey'), journeySources, 'demo-sources-journey')}
      <p>{t('demo.sources.where')}</p>
    </details>
  );
}
