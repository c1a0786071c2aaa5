/**
 * The popup: « Où en suis-je ? » (the official-site check and, on a recognised step, the same help as the
 * overlay), step-by-step guides of every portal's journeys, frequently asked questions, contacts, and links
 * to the demonstration and the settings. Works with no network at all.
 *
 * This module is the popup's first chunk: the header and the status card, with the official-site check (its
 * tables and the portal data whose hosts it reads). The rest (`rest`, ./popup-rest.tsx) is imported lazily by
 * main.tsx and renders in the same tree, in the same place, when it arrives.
 */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { checkUrl } from '@/utils/official/check';
import { askWhere, findTarget, type Target } from './target';
import { WhereView, type Rest, type Where } from './WhereView';

/**
 * What the status card needs: the tab, the official-site check and the tab's own answer. main.tsx starts it
 * before the first render, so that it runs while the language is read and the popup drawn (an effect would
 * only start it after the first paint).
 */
export async function loadWhere(early?: Promise<Target>): Promise<Where> {
  try {
    // The check is in this chunk: a chunk of its own would come after the tab's answer (bench/README.md « Popup »).
    const target = await (early ?? findTarget());
    const check = checkUrl(target.url);
    const reply = check.kind === 'official' ? await askWhere(target.id) : null;
    return { target, check, reply };
  } catch {
    return { target: {}, check: { kind: 'unrelated', host: null }, reply: null };
  }
}

/** When an official page's content script has not answered yet, asked again after these delays (ms). */
export const ASK_AGAIN_MS = [150, 400, 1000, 2000];

export function App({ where: early, rest = null }: { where?: Promise<Where>; rest?: Rest } = {}) {
  const [where, setWhere] = useState<Where | null>(null);
  // Subscribed as soon as the first render is in the document, not after its paint: an answer already there
  // shows in that first paint, a later one in the next frame.
  useLayoutEffect(() => {
    let live = true;
    void (early ?? loadWhere()).then((w) => live && setWhere(w));
    return () => {
      live = false;
    };
  }, []);
  // No answer from an official page: its content script may not be there yet (the entry is a module that
  // arrives after a quick page's `load`, and the UI module answers once it runs: docs/decisions/content-entry.md).
  // The card shows what is known meanwhile, and the step when the page answers.
  useEffect(() => {
    if (!where || where.reply || where.check.kind !== 'official') return;
    let live = true;
    // Stopped at the first answer, not at the effect's cleanup, which comes a frame later: on a slow machine the
    // next ask could go out meanwhile.
    const stop = () => {
      live = false;
      timers.forEach(clearTimeout);
    };
    const timers = ASK_AGAIN_MS.map((ms) =>
      setTimeout(
        () =>
          void askWhere(where.target.id).then((reply) => {
            if (!live || !reply) return;
            stop();
            setWhere((w) => (w && !w.reply ? { ...w, reply } : w));
          }),
        ms,
      ),
    );
    return stop;
  }, [where]);

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
          {where ? (
            <WhereView where={where} rest={rest} onReply={(reply) => setWhere({ ...where, reply })} />
          ) : (
            <p role="status">{t('popup.checking')}</p>
          )}
        </section>
        {rest && <rest.Rest where={where} />}
      </main>
    </div>
  );
}
