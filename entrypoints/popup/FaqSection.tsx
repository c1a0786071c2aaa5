/** « Questions fréquentes »: each question folded over its answer (built when opened). */
import { Fold } from '@/components/popup/Fold';
import { fr } from '@/components/popup/typo';
import { Text } from '@/components/Text';
import type { FaqEntry } from '@/utils/faq';
import { t } from '@/utils/i18n';

export function FaqSection({ faq }: { faq: readonly FaqEntry[] }) {
  return (
    <section class="pp-section" aria-labelledby="pp-faq-h" data-testid="pp-faq">
      <h2 id="pp-faq-h">{t('popup.faq_title')}</h2>
      <ul class="pp-list">
        {faq.map((e) => (
          <li key={e.id}>
            <Fold data-faq={e.id} summary={<Text s={fr(e.q)} />}>
              {() =>
                e.a.map((a, i) => (
                  <p key={i}>
                    <Text s={fr(a)} />
                  </p>
                ))
              }
            </Fold>
          </li>
        ))}
      </ul>
    </section>
  );
}
