/**
 * Everything in the popup but the header and the status card of « Où en suis-je ? » (./App.tsx): main.tsx
 * imports it at once, beside the language, the tab and the official-site check, and it renders in the same tree
 * when it arrives. It holds what the first paint does not need: the portal data, the guides and questions,
 * zod, WXT storage (managed storage, remembered choices, the language item) and webextension-polyfill.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { LanguagePicker } from '@/components/LanguagePicker';
import { Contacts, schoolContactOf, type SchoolContact } from '@/components/popup/Contacts';
import { OpenEnt } from '@/components/popup/OpenEnt';
import { StepHelp } from '@/components/popup/StepHelp';
import { buildContent } from '@/utils/help-content';
import { buildGuides, faqDocs, faqEntries, guideDocs, searchDocs } from '@/utils/faq';
import { currentLang, t } from '@/utils/i18n';
import type { JourneyView } from '@/utils/journey';
import type { WhereReply } from '@/utils/messages';
import { portalById } from '@/utils/portals';
import { MANAGED_LATE_MS, type ManagedConfig, readManagedConfig } from '@/utils/storage/managed';
import { FaqSection } from './FaqSection';
import { GuidesSection } from './GuidesSection';
import { ReportSection } from './ReportSection';
import { SituationSection } from './SituationSection';
import { askWhere } from './target';
import type { Check, Where } from './WhereView';

export { followPageLanguage } from '@/utils/page-language';
export { langItem } from '@/utils/storage/lang';

/** The sections after « Où en suis-je ? », in the popup's order. */
export function Rest({ where }: { where: Where | null }) {
  // The school's configuration (managed storage) fills in when it answers; until then, and without one, the
  // popup is what it is for everybody.
  const [managed, setManaged] = useState<ManagedConfig | null>(null);
  useEffect(() => {
    let live = true;
    void readManagedConfig(MANAGED_LATE_MS).then((m) => live && setManaged(m));
    return () => {
      live = false;
    };
  }, []);
  return (
    <>
      {where?.check.kind === 'official' && <ReportSection tabId={where.target.id} />}
      <OpenEnt managed={managed} />
      <HelpSections
        schoolContact={managed && schoolContactOf(managed)}
        openPortal={where?.check.kind === 'official' && !where.reply?.rec ? where.check.portal : null}
      />
      <section class="pp-section" aria-labelledby="pp-links-h">
        <h2 id="pp-links-h">{t('popup.links_title')}</h2>
        <ul class="pp-links">
          <li>
            <a href={browser.runtime.getURL('/demo.html')} target="_blank" rel="noopener" data-testid="popup-demo-link">
              {t('popup.demo_link')} <span class="pp-sr">{t('popup.new_tab')}</span>
            </a>
          </li>
          <li>
            <a href={browser.runtime.getURL('/options.html' as '/demo.html')} target="_blank" rel="noopener" data-testid="popup-options-link">
              {t('popup.options_link')} <span class="pp-sr">{t('popup.new_tab')}</span>
            </a>
          </li>
          <li>
            <a href={browser.runtime.getURL('/privacy.html')} target="_blank" rel="noopener" data-testid="popup-privacy-link">
              {t('privacy.link')} <span class="pp-sr">{t('popup.new_tab')}</span>
            </a>
          </li>
        </ul>
        <p class="pp-muted">{t('popup.offline')}</p>
      </section>
      <section class="pp-section" data-testid="pp-language">
        <LanguagePicker />
      </section>
    </>
  );
}

/** Guides (with the search), questions and contacts; the search's results replace guides and questions. */
function HelpSections({ schoolContact, openPortal }: { schoolContact: SchoolContact | null; openPortal: string | null }) {
  // Their texts are read when they are built: built again when the family picks another language here
  // (main.tsx paints the same tree again, in that language).
  const lang = currentLang();
  const guides = useMemo(() => buildGuides(), [lang]);
  const faq = useMemo(() => faqEntries(), [lang]);
  const [query, setQuery] = useState('');
  const searching = query.trim().length > 0;
  // The search's index is built at the first search, not at every opening.
  const docs = useMemo(() => (searching ? [...faqDocs(faq), ...guideDocs(guides)] : null), [guides, faq, searching]);
  const results = useMemo(() => (docs ? searchDocs(docs, query) : []), [docs, query]);
  return (
    <>
      <GuidesSection guides={guides} query={query} onQuery={setQuery} results={results} openPortal={openPortal} />
      {!searching && <FaqSection faq={faq} />}
      <Contacts schoolContact={schoolContact} />
    </>
  );
}

/**
 * What follows « Site officiel » in the status card's box: the family's situation (shown and changeable), then
 * the step's help, or a pointer to the portal's guide when no step is known.
 */
export function OfficialMore({ where, check, onReply }: { where: Where; check: Check<'official'>; onReply(r: WhereReply | null): void }) {
  const [status, setStatus] = useState('');
  const { reply } = where;
  const portal = portalById(check.portal);
  const rec = reply?.rec ?? null;
  const reopen = async () => {
    const r = await askWhere(where.target.id, 'reopen');
    const ok = !!r?.rec && !r.rec.minimized;
    setStatus(t(ok ? 'popup.reopened' : 'popup.reopen_failed'));
    if (r) onReply(r);
  };
  // The page's card follows the new answer through storage: ask it again for the help it now shows.
  const changed = () => {
    setTimeout(() => void askWhere(where.target.id).then((r) => r && onReply(r)), 400);
  };
  return (
    <>
      <SituationSection portal={rec?.journey?.origin ?? rec?.portal ?? check.portal} shown={rec?.situation} onChanged={changed} />
      {rec ? (
        <StepHere rec={rec} onReopen={reopen} />
      ) : (
        <>
          <p data-testid="pp-no-step">{t(reply ? 'popup.step_unknown' : 'popup.no_answer')}</p>
          {portal && portal.journeys.length > 0 && (
            <p>
              <a href={`#pp-guide-${portal.id}`} data-testid="pp-read-guide">
                {t('popup.read_guide', portal.name)}
              </a>
            </p>
          )}
        </>
      )}
      <p role="status" class="pp-status-line" data-testid="pp-live">
        {status}
      </p>
    </>
  );
}

type Recognised = NonNullable<WhereReply['rec']>;

/** The help the card on the page shows, and « Rouvrir l'aide sur la page » when the card was minimised. */
function StepHere({ rec, onReopen }: { rec: Recognised; onReopen(): void }) {
  return (
    <div class="pp-here" data-testid="pp-here">
      {rec.journey && <p class="pp-muted">{t('popup.journey_label', t(rec.journey.name))}</p>}
      <StepHelp
        content={buildContent({
          portal: rec.portal,
          step: rec.step,
          state: rec.state,
          help: rec.help,
          targetFound: true,
          journey: rec.journey as JourneyView | null,
        })}
      />
      {rec.minimized && (
        <button type="button" class="pp-button" data-testid="pp-reopen" onClick={onReopen}>
          {t('popup.reopen')}
        </button>
      )}
    </div>
  );
}
