/** « Contacts »: the school's own contact when its policy sets one, then the contacts the tutorials give. */
import { fr } from '@/components/popup/typo';
import { CONTACTS, type ContactDef } from '@/utils/faq';
import { t } from '@/utils/i18n';
import { portalById } from '@/utils/portals';

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

export function ContactsSection({ schoolContact }: { schoolContact: SchoolContact | null }) {
  return (
    <section class="pp-section" aria-labelledby="pp-contacts-h" data-testid="pp-contacts">
      <h2 id="pp-contacts-h">{t('popup.contacts_title')}</h2>
      <p>{t('popup.contacts_intro')}</p>
      <ul class="pp-list pp-contacts">
        {schoolContact && <SchoolContactItem contact={schoolContact} />}
        {CONTACTS.map((c) => (
          <ContactItem key={c.id} contact={c} />
        ))}
      </ul>
    </section>
  );
}

function SchoolContactItem({ contact }: { contact: SchoolContact }) {
  return (
    <li data-contact="managed">
      <h3>{t('popup.contacts.managed.name', contact.label)}</h3>
      {contact.email && (
        <p>
          <a href={`mailto:${contact.email}`}>{t('popup.contacts.email', contact.email)}</a>
        </p>
      )}
      {contact.phone && (
        <p>
          <a href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`} dir="ltr">
            {t('remember.options.support_phone', contact.phone)}
          </a>
        </p>
      )}
      {contact.hours && <p>{t('remember.options.support_hours', contact.hours)}</p>}
    </li>
  );
}

function ContactItem({ contact: c }: { contact: ContactDef }) {
  const portal = c.portal ? portalById(c.portal) : undefined;
  return (
    <li data-contact={c.id}>
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
}
