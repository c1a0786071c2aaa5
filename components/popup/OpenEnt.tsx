/**
 * « Ouvrir mon ENT »: the official address of the family's portal first, then the others (utils/open-ent.ts),
 * so a family reaches the real site from the extension instead of from a search result.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { openEntLinks, type OpenEntLink } from '@/utils/open-ent';
import { choicesItem } from '@/utils/storage/choices';
import type { ManagedConfig } from '@/utils/storage/managed';

/** `managed`: the school's configuration once managed storage has answered (seconds after a browser start). */
export function OpenEnt({ managed = null }: { managed?: ManagedConfig | null }) {
  const [choices, setChoices] = useState<Awaited<ReturnType<typeof choicesItem.get>>>([]);
  useEffect(() => {
    let live = true;
    void choicesItem.get().then(
      (c) => live && setChoices(c),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  const links: OpenEntLink[] = openEntLinks(choices, managed ?? {});
  const [first, ...others] = links;
  const mine = first?.mine ? first : null;
  return (
    <section class="pp-section" aria-labelledby="pp-open-h" data-testid="pp-open-ent">
      <h2 id="pp-open-h">{t('popup.open_ent.title')}</h2>
      {mine && (
        <p>
          <a class="pp-big-link" href={mine.url} target="_blank" rel="noopener noreferrer" data-portal={mine.portal} data-mine="true">
            {t('popup.open_ent.mine', mine.name)}
          </a>
          <br />
          <span class="pp-muted" dir="ltr">{mine.url}</span>
        </p>
      )}
      <p>{t(mine ? 'popup.open_ent.others' : 'popup.open_ent.intro')}</p>
      <ul class="pp-links">
        {(mine ? others : links).map((l) => (
          <li key={l.portal}>
            <a href={l.url} target="_blank" rel="noopener noreferrer" data-portal={l.portal}>
              {l.name}
            </a>{' '}
            <span class="pp-muted" dir="ltr">{l.url}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
