/**
 * The privacy page (issue 21): what the extension keeps on the device, what it never keeps, that it sends
 * nothing. Static text from the locales (`privacy.*`); PRIVACY.md says the same, and
 * tests/unit/privacy.test.ts keeps both in step with the storage keys the code uses.
 */
import { t, tList } from '@/utils/i18n';

function Section({ id, list }: { id: string; list?: boolean }) {
  return (
    <section aria-labelledby={`pv-${id}`} data-section={id}>
      <h2 id={`pv-${id}`}>{t(`privacy.${id}_title`)}</h2>
      {list ? (
        <ul>
          {tList(`privacy.${id}`).map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      ) : (
        <p>{t(`privacy.${id}`)}</p>
      )}
    </section>
  );
}

export function Privacy() {
  return (
    <main class="pv">
      <h1>{t('privacy.title')}</h1>
      <p class="pv-intro">{t('privacy.intro')}</p>
      <Section id="kept" list />
      <Section id="never" list />
      <Section id="sent" list />
      <Section id="access" list />
      <Section id="report" />
      <Section id="school" />
      <Section id="erase" />
    </main>
  );
}
