/**
 * The popup: « Où en suis-je ? » (the official-site check and, on a recognised step, the same help as the
 * overlay), step-by-step guides of every portal's journeys, frequently asked questions, contacts, and links
 * to the demonstration and the settings. Works with no network at all.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { LanguagePicker } from '@/components/LanguagePicker';
import { buildGuides, faqDocs, faqEntries, guideDocs, searchDocs } from '@/utils/faq';
import { Contacts, schoolContactOf } from '@/components/popup/Contacts';
import { OpenEnt } from '@/components/popup/OpenEnt';
import { t } from '@/utils/i18n';
import type { SchoolContact } from '@/components/popup/Contacts';
import { MANAGED_LATE_MS, type ManagedConfig, readManagedConfig } from '@/utils/storage/managed';
import { FaqSection } from './FaqSection';
import { GuidesSection } from './GuidesSection';
import { ReportSection } from './ReportSection';
import { askWhere, findTarget } from './target';
import { WhereView, type Where } from './WhereView';

export type { SchoolContact } from '@/components/popup/Contacts';

/**
 * What the status card needs: the tab, the official-site check and the tab's own answer. main.tsx starts it
 * before the first render, so that it runs while the language is read and the popup drawn (an effect would
 * only start it after the first paint).
 */
export async function loadWhere(): Promise<Where> {
  try {
    // The check (public-suffix list, confusables) loads in its own chunk: guides and FAQ show at once.
    const [target, { checkUrl }] = await Promise.all([findTarget(), import('./popup-check')]);
    const check = checkUrl(target.url);
    const reply = check.kind === 'official' ? await askWhere(target.id) : null;
    return { target, check, reply };
  } catch {
    return { target: {}, check: { kind: 'unrelated', host: null }, reply: null };
  }
}

export function App({ where: early }: { where?: Promise<Where> } = {}) {
  const [where, setWhere] = useState<Where | null>(null);
  // The school's configuration (managed storage) fills in when it answers; until then, and without one, the
  // popup is what it is for everybody.
  const [managed, setManaged] = useState<ManagedConfig | null>(null);
  useEffect(() => {
    let live = true;
    void readManagedConfig(MANAGED_LATE_MS).then((m) => live && setManaged(m));
    void (early ?? loadWhere()).then((w) => live && setWhere(w));
    return () => {
      live = false;
    };
  }, []);

  return (
    <div class="pp">
      <header class="pp-header">
        <h1>{t('ext.name') || 'Compagnon ENT'}</h1>
        <a class="pp-skip" href="#pp-guides">
          {t('popup.skip')}
        </a>
      </header>
      <main>
        <section class="pp-section" aria-labelledby="pp-where-h" data-testid="pp-where">
          <h2 id="pp-where-h">{t('popup.where_title')}</h2>
          {where ? <WhereView where={where} onReply={(reply) => setWhere({ ...where, reply })} /> : <p role="status">{t('popup.checking')}</p>}
        </section>
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
      </main>
    </div>
  );
}

/** Guides (with the search), questions and contacts; the search's results replace guides and questions. */
function HelpSections({ schoolContact, openPortal }: { schoolContact: SchoolContact | null; openPortal: string | null }) {
  const guides = useMemo(() => buildGuides(), []);
  const faq = useMemo(() => faqEntries(), []);
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
