/**
 * The popup: « Où en suis-je ? » (the official-site check and, on a recognised step, the same help as the
 * overlay), step-by-step guides of every portal's journeys, frequently asked questions, contacts, and links
 * to the demonstration and the settings. Works with no network at all.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LanguagePicker } from '@/components/LanguagePicker';
import { StatusCard } from '@/components/popup/StatusCard';
import { StepHelp } from '@/components/popup/StepHelp';
import { Text } from '@/components/Text';
import { fr } from '@/components/popup/typo';
import { buildGuides, CONTACTS, faqDocs, faqEntries, guideDocs, searchDocs, type GuideStep, type SearchDoc } from '@/utils/faq';
import { buildContent } from '@/utils/help-content';
import { t } from '@/utils/i18n';
import type { JourneyView } from '@/utils/journey';
import type { WhereReply } from '@/utils/messages';
import type { SiteCheck } from '@/utils/official/check';
import { portalById } from '@/utils/portals';
import { askWhere, findTarget, type Target } from './target';

/**
 * A contact set by the school through managed storage (`readManagedConfig()`, utils/storage/managed.ts),
 * read in main.tsx; shown first among the contacts.
 */
export interface SchoolContact {
  label: string;
  email?: string;
  phone?: string;
  hours?: string;
}

interface Where {
  target: Target;
  check: SiteCheck;
  reply: WhereReply | null;
}

export function App({ schoolContact = null }: { schoolContact?: SchoolContact | null }) {
  const [where, setWhere] = useState<Where | null>(null);
  useEffect(() => {
    void (async () => {
      try {
        // The check (public-suffix list, confusables) loads in its own chunk: guides and FAQ show at once.
        const [target, { checkUrl }] = await Promise.all([findTarget(), import('./popup-check')]);
        const check = checkUrl(target.url);
        const reply = check.kind === 'official' ? await askWhere(target.id) : null;
        setWhere({ target, check, reply });
      } catch {
        setWhere({ target: {}, check: { kind: 'unrelated', host: null }, reply: null });
      }
    })();
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
        <HelpSections
          schoolContact={schoolContact}
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

function WhereView({ where, onReply }: { where: Where; onReply(r: WhereReply | null): void }) {
  const { check, reply } = where;
  const [status, setStatus] = useState('');
  if (check.kind === 'lookalike') {
    const portal = portalById(check.portal);
    return (
      <div data-testid="pp-check" data-kind="lookalike" data-portal={check.portal}>
        <StatusCard tone="danger" title={t('popup.check.lookalike_title')}>
          <p>{t('popup.check.lookalike_body', portal?.name ?? check.portal)}</p>
          <p>
            {t('popup.check.lookalike_host', '')}
            <code class="pp-host" dir="ltr" data-testid="pp-host">{check.display}</code>
            {check.display !== check.host && <span class="pp-muted" dir="ltr"> ({check.host})</span>}
          </p>
          <p>{t(`popup.check.reason.${check.reason}`)}</p>
          <p>
            <strong>{t('popup.check.lookalike_use')}</strong>
            <br />
            <a class="pp-big-link" href={check.officialUrl} dir="ltr" target="_blank" rel="noopener noreferrer" data-testid="pp-official-url">
              {check.officialUrl}
            </a>
          </p>
          <p>{fr(t('popup.check.lookalike_close'))}</p>
        </StatusCard>
      </div>
    );
  }
  if (check.kind === 'unrelated') {
    return (
      <div data-testid="pp-check" data-kind="unrelated">
        <StatusCard tone="neutral" title={t('popup.check.unrelated_title')}>
          <p>{t('popup.check.unrelated_body')}</p>
          <p>{t('popup.check.unrelated_hint')}</p>
        </StatusCard>
      </div>
    );
  }
  const portal = portalById(check.portal);
  const rec = reply?.rec ?? null;
  const recPortal = rec ? portalById(rec.portal) : null;
  return (
    <div data-testid="pp-check" data-kind="official" data-portal={rec?.portal ?? check.portal} data-step={rec?.step}>
      <StatusCard tone="ok" title={t('popup.check.official_title')}>
        <p>{t('popup.check.official_body', recPortal?.name ?? portal?.name ?? check.portal)}</p>
        <p class="pp-muted">
          {t('popup.check.official_host', '')}
          <code class="pp-host" dir="ltr">{check.host}</code>
        </p>
      </StatusCard>
      {rec ? (
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
            <button
              type="button"
              class="pp-button"
              data-testid="pp-reopen"
              onClick={async () => {
                const r = await askWhere(where.target.id, 'reopen');
                const ok = !!r?.rec && !r.rec.minimized;
                setStatus(t(ok ? 'popup.reopened' : 'popup.reopen_failed'));
                if (r) onReply(r);
              }}
            >
              {t('popup.reopen')}
            </button>
          )}
        </div>
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
    </div>
  );
}

function stepContent(s: GuideStep) {
  return s.help
    ? buildContent({ portal: s.portal, step: s.step, state: null, help: s.help, targetFound: true, journey: null })
    : null;
}

function HelpSections({ schoolContact, openPortal }: { schoolContact: SchoolContact | null; openPortal: string | null }) {
  const guides = useMemo(() => buildGuides(), []);
  const faq = useMemo(() => faqEntries(), []);
  const docs = useMemo(() => [...faqDocs(faq), ...guideDocs(guides)], [guides, faq]);
  const [query, setQuery] = useState('');
  const results = useMemo(() => searchDocs(docs, query), [docs, query]);
  const searching = query.trim().length > 0;
  const inputRef = useRef<HTMLInputElement>(null);

  return (
    <>
      <section class="pp-section" id="pp-guides" aria-labelledby="pp-guides-h" tabIndex={-1}>
        <h2 id="pp-guides-h">{t('popup.guides_title')}</h2>
        <div class="pp-search" role="search">
          <label for="pp-q">{t('popup.search_label')}</label>
          <input
            ref={inputRef}
            id="pp-q"
            type="search"
            data-testid="pp-search"
            autocomplete="off"
            aria-describedby="pp-q-hint"
            value={query}
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          />
          <p id="pp-q-hint" class="pp-muted">
            {t('popup.search_hint')}
          </p>
        </div>
        <p role="status" class="pp-status-line" data-testid="pp-search-count">
          {searching ? (results.length ? t('popup.search_results', results.length) : t('popup.search_none')) : ''}
        </p>
        {searching ? (
          <ul class="pp-list" data-testid="pp-results">
            {results.map((d) => (
              <li key={d.id} data-result={d.id}>
                <ResultItem doc={d} />
              </li>
            ))}
          </ul>
        ) : (
          <>
            <p>{t('popup.guides_intro')}</p>
            <ul class="pp-list" data-testid="pp-guide-list">
              {guides.map((g) => (
                <li key={g.portal.id}>
                  <details
                    id={`pp-guide-${g.portal.id}`}
                    data-testid="pp-guide"
                    data-portal={g.portal.id}
                    open={g.portal.id === openPortal || undefined}
                  >
                    <summary>
                      <span class="pp-summary-title">{g.portal.name}</span>
                    </summary>
                    <p class="pp-muted">
                      {t('popup.guide_address', '')}
                      <a href={g.portal.officialUrl} dir="ltr" target="_blank" rel="noopener noreferrer">
                        {g.portal.officialUrl}
                      </a>
                    </p>
                    {g.journeys.length === 0 && <p>{t('popup.guide_soon')}</p>}
                    {g.journeys.map((j) => (
                      <div key={j.id} class="pp-journey" data-journey={j.id}>
                        <h3>{j.name}</h3>
                        <p class="pp-muted">{t('popup.guide_steps', j.steps.length)}</p>
                        <ol class="pp-steps">
                          {j.steps.map((s, i) => {
                            const c = stepContent(s);
                            return (
                              <li key={i}>
                                <details data-step={s.step}>
                                  <summary>
                                    <span class="pp-sr">{t('popup.step_label', i + 1)} </span>
                                    {s.title}
                                  </summary>
                                  {c ? <StepHelp content={c} headingLevel={4} /> : <p>{t('popup.guide_soon')}</p>}
                                </details>
                              </li>
                            );
                          })}
                        </ol>
                      </div>
                    ))}
                  </details>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {!searching && (
        <section class="pp-section" aria-labelledby="pp-faq-h" data-testid="pp-faq">
          <h2 id="pp-faq-h">{t('popup.faq_title')}</h2>
          <ul class="pp-list">
            {faq.map((e) => (
              <li key={e.id}>
                <details data-faq={e.id}>
                  <summary>
                    <Text s={fr(e.q)} />
                  </summary>
                  {e.a.map((a, i) => (
                    <p key={i}>
                      <Text s={fr(a)} />
                    </p>
                  ))}
                </details>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section class="pp-section" aria-labelledby="pp-contacts-h" data-testid="pp-contacts">
        <h2 id="pp-contacts-h">{t('popup.contacts_title')}</h2>
        <p>{t('popup.contacts_intro')}</p>
        <ul class="pp-list pp-contacts">
          {schoolContact && (
            <li data-contact="managed">
              <h3>{t('popup.contacts.managed.name', schoolContact.label)}</h3>
              {schoolContact.email && (
                <p>
                  <a href={`mailto:${schoolContact.email}`}>{t('popup.contacts.email', schoolContact.email)}</a>
                </p>
              )}
              {schoolContact.phone && (
                <p>
                  <a href={`tel:${schoolContact.phone.replace(/[^+0-9]/g, '')}`} dir="ltr">
                    {t('remember.options.support_phone', schoolContact.phone)}
                  </a>
                </p>
              )}
              {schoolContact.hours && <p>{t('remember.options.support_hours', schoolContact.hours)}</p>}
            </li>
          )}
          {CONTACTS.map((c) => {
            const portal = c.portal ? portalById(c.portal) : undefined;
            return (
              <li key={c.id} data-contact={c.id}>
                <h3>{t(`${c.key}.name`)}</h3>
                <p>{fr(t(`${c.key}.body`))}</p>
                {c.emails?.map((e) => (
                  <p key={e.address}>
                    {e.role && <>{t(e.role)} : </>}
                    <a href={`mailto:${e.address}`}>{t('popup.contacts.email', e.address)}</a>
                  </p>
                ))}
                {c.officialLink && portal && (
                  <p>
                    <a href={portal.officialUrl} dir="ltr" target="_blank" rel="noopener noreferrer">
                      {portal.officialUrl}
                    </a>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}

function ResultItem({ doc }: { doc: SearchDoc }) {
  if (doc.kind === 'faq' && doc.faq) {
    return (
      <details data-faq={doc.faq.id}>
        <summary>
          <span class="pp-summary-title">{fr(doc.title)}</span>
          <span class="pp-kind">{t('popup.search_in_faq')}</span>
        </summary>
        {doc.faq.a.map((a, i) => (
          <p key={i}>{fr(a)}</p>
        ))}
      </details>
    );
  }
  const s = doc.step!;
  const c = stepContent(s);
  return (
    <details data-step={s.step}>
      <summary>
        <span class="pp-summary-title">
          {t('popup.step_label', s.index + 1)} {doc.title}
        </span>
        <span class="pp-kind">{t('popup.search_in_guide', doc.context ?? '')}</span>
      </summary>
      {c ? <StepHelp content={c} headingLevel={3} /> : <p>{t('popup.guide_soon')}</p>}
    </details>
  );
}
