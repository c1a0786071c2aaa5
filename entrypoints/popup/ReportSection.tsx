/**
 * « Cette page n'est pas reconnue ? » in the popup, on any page of a supported host: asks the tab's content
 * script for the page report (built there, redacted, with its module loaded only then) and shows it whole.
 */
import { useState } from 'preact/hooks';
import { ReportView, type ReportState } from '@/components/ReportView';
import { t } from '@/utils/i18n';
import { reportTexts } from '@/utils/report/texts';

/** A report is text of bounded size; anything else is no report. */
const MAX_REPORT = 2_000_000;

export async function askReport(tabId: number | undefined): Promise<string | null> {
  if (tabId === undefined) return null;
  try {
    const r: unknown = await browser.tabs.sendMessage(tabId, { type: 'report' });
    return typeof r === 'string' && r.length > 0 && r.length < MAX_REPORT ? r : null;
  } catch {
    return null;
  }
}

export function ReportSection({ tabId }: { tabId: number | undefined }) {
  const [state, setState] = useState<ReportState | null>(null);
  const open = async () => {
    setState({ kind: 'loading' });
    const text = await askReport(tabId);
    setState(text ? { kind: 'ready', text } : { kind: 'failed' });
  };
  return (
    <section class="pp-section" aria-labelledby="pp-report-h" data-testid="pp-report">
      {state ? (
        <ReportView s={{ ...reportTexts(), title: t('report.popup_title') }} state={state} onClose={() => setState(null)} headingLevel={2} headingId="pp-report-h" />
      ) : (
        <>
          <h2 id="pp-report-h">{t('report.popup_title')}</h2>
          <p class="pp-muted">{t('report.popup_why')}</p>
          <button type="button" class="pp-button" data-testid="popup-report-open" onClick={() => void open()}>
            {t('report.popup_button')}
          </button>
        </>
      )}
    </section>
  );
}
