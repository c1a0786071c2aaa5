/**
 * « L'aide ne correspond pas à la page » at the end of « Je suis bloqué(e) »: builds the page report here, in
 * the page, with the report's module loaded only now (utils/report/load.ts), and shows it whole in the card.
 */
import { useState } from 'preact/hooks';
import { ReportView, type ReportState } from '@/components/ReportView';
import { t } from '@/utils/i18n';
import { loadReportModule, type ReportModule } from '@/utils/report/load';
import { reportTexts } from '@/utils/report/texts';
import type { FeatureContext } from '@/overlay/feature';

export function ReportLink({ ctx, load = loadReportModule }: { ctx: FeatureContext; load?: () => Promise<ReportModule> }) {
  const [state, setState] = useState<ReportState | null>(null);
  const open = async () => {
    setState({ kind: 'loading' });
    try {
      const m = await load();
      const { doc, rec } = ctx;
      const win = doc.defaultView;
      const text = m.pageReport(doc, {
        url: doc.location?.href ?? location.href,
        recognised: { portal: rec.portal, step: rec.step, state: rec.state },
        portal: rec.portal,
        viewport: win ? { width: win.innerWidth, height: win.innerHeight } : null,
      });
      setState({ kind: 'ready', text });
    } catch {
      setState({ kind: 'failed' });
    }
  };
  if (state) return <ReportView s={reportTexts()} state={state} onClose={() => setState(null)} />;
  return (
    <p class="ce-report-open">
      <button type="button" class="ce-linkish" data-testid="card-report-open" onClick={() => void open()}>
        {t('report.card_link')}
      </button>
    </p>
  );
}
