/**
 * The popup's contacts: the school's own contact from managed storage first (set by the establishment), then
 * the family's establishment (how to find its address), then where each ENT and EduConnect give their own help,
 * with their official address. No one's personal address, no single school's mailbox (issue 20): the data is
 * `CONTACTS` (utils/faq.ts), tests/unit/no-personal-email.test.ts keeps it so.
 */
import { Text } from '@/components/Text';
import { fr } from '@/components/popup/typo';
import { CONTACTS } from '@/utils/faq';
import { t } from '@/utils/i18n';
import { portalById } from '@/utils/portals';
import type { ManagedConfig } from '@/utils/storage/managed';

/** A contact set by the school through managed storage (utils/storage/managed.ts). */
export interface SchoolContact {
  label: string;
  email?: string;
  phone?: string;
  hours?: string;
}

/** The school's help contact of a managed configuration; null shows no school contact. */
export function schoolContactOf(m: ManagedConfig): SchoolContact | null {
  const s = m.support;
  if (!s || !(s.name || s.email || s.phone)) return null;
  return { label: s.name ?? s.email ?? s.phone ?? '', email: s.email, phone: s.phone, hours: s.hours };
}

export function Contacts({ schoolContact }: { schoolContact: SchoolContact | null }) {
  return (
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
        {CONTACTS.map((c) => (
          <li key={c.id} data-contact={c.id}>
            <h3>{t(`${c.key}.name`)}</h3>
            <p>
              <Text s={fr(t(`${c.key}.body`))} />
            </p>
            {c.portals?.map((id) => {
              const portal = portalById(id);
              return (
                portal && (
                  <p key={id}>
                    {c.portals!.length > 1 && <>{portal.name} : </>}
                    <a href={portal.officialUrl} dir="ltr" target="_blank" rel="noopener noreferrer" data-portal={id}>
                      {portal.officialUrl}
                    </a>
                  </p>
                )
              );
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
