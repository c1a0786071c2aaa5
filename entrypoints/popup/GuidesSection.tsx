/**
 * « Guides pas à pas »: every portal's journeys with all their steps, and the search box that looks through
 * guides and questions (its results replace the guides while there is a query). Folded parts are built when
 * opened (components/popup/Fold.tsx).
 */
import { Fold } from '@/components/popup/Fold';
import { StepHelp } from '@/components/popup/StepHelp';
import { fr } from '@/components/popup/typo';
import type { Guide, GuideStep, SearchDoc } from '@/utils/faq';
import { buildContent } from '@/utils/help-content';
import { t } from '@/utils/i18n';

interface Props {
  guides: readonly Guide[];
  query: string;
  onQuery(query: string): void;
  results: readonly SearchDoc[];
  /** The portal the open tab is on, when the popup knows no step there: its guide starts open. */
  openPortal: string | null;
}

export function GuidesSection({ guides, query, onQuery, results, openPortal }: Props) {
  const searching = query.trim().length > 0;
  return (
    <section class="pp-section" id="pp-guides" aria-labelledby="pp-guides-h" tabIndex={-1}>
      <h2 id="pp-guides-h">{t('popup.guides_title')}</h2>
      <SearchBox query={query} onQuery={onQuery} />
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
                <PortalGuide guide={g} open={g.portal.id === openPortal} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function SearchBox({ query, onQuery }: { query: string; onQuery(query: string): void }) {
  return (
    <div class="pp-search" role="search">
      <label for="pp-q">{t('popup.search_label')}</label>
      <input
        id="pp-q"
        type="search"
        data-testid="pp-search"
        autocomplete="off"
        aria-describedby="pp-q-hint"
        value={query}
        onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
      />
      <p id="pp-q-hint" class="pp-muted">
        {t('popup.search_hint')}
      </p>
    </div>
  );
}

/** One portal: its official address, then each journey's steps, each opening to the overlay's help. */
function PortalGuide({ guide: g, open }: { guide: Guide; open: boolean }) {
  return (
    <Fold
      id={`pp-guide-${g.portal.id}`}
      data-testid="pp-guide"
      data-portal={g.portal.id}
      open={open}
      summary={<span class="pp-summary-title">{g.portal.name}</span>}
    >
      {() => (
        <>
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
                {j.steps.map((s, i) => (
                  <li key={i}>
                    <GuideStepItem step={s} n={i + 1} />
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </>
      )}
    </Fold>
  );
}

function GuideStepItem({ step: s, n }: { step: GuideStep; n: number }) {
  return (
    <Fold
      data-step={s.step}
      summary={
        <>
          <span class="pp-sr">{t('popup.step_label', n)} </span>
          {s.title}
        </>
      }
    >
      {() => {
        const c = stepContent(s);
        return c ? <StepHelp content={c} headingLevel={4} /> : <p>{t('popup.guide_soon')}</p>;
      }}
    </Fold>
  );
}

/** A search result: a question with its answer, or a guide's step with its help. */
function ResultItem({ doc }: { doc: SearchDoc }) {
  if (doc.kind === 'faq' && doc.faq) {
    const faq = doc.faq;
    return (
      <Fold
        data-faq={faq.id}
        summary={
          <>
            <span class="pp-summary-title">{fr(doc.title)}</span>
            <span class="pp-kind">{t('popup.search_in_faq')}</span>
          </>
        }
      >
        {() => faq.a.map((a, i) => <p key={i}>{fr(a)}</p>)}
      </Fold>
    );
  }
  const s = doc.step!;
  return (
    <Fold
      data-step={s.step}
      summary={
        <>
          <span class="pp-summary-title">
            {t('popup.step_label', s.index + 1)} {doc.title}
          </span>
          <span class="pp-kind">{t('popup.search_in_guide', doc.context ?? '')}</span>
        </>
      }
    >
      {() => {
        const c = stepContent(s);
        return c ? <StepHelp content={c} headingLevel={3} /> : <p>{t('popup.guide_soon')}</p>;
      }}
    </Fold>
  );
}

function stepContent(s: GuideStep) {
  return s.help
    ? buildContent({ portal: s.portal, step: s.step, state: null, help: s.help, targetFound: true, journey: null })
    : null;
}
