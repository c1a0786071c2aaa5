/**
 * The establishment's support contact (school pre-configuration), shown under the help when the family is
 * stuck. Portal-agnostic: display strings only; e-mail and phone become mailto:/tel: links.
 */
export interface SupportLines {
  title: string;
  name?: string;
  email?: { text: string; address: string };
  phone?: { text: string; number: string };
  hours?: string;
}

export function SupportContact({ s }: { s: SupportLines }) {
  return (
    <section class="ce-support" data-testid="support-contact" aria-label={s.title}>
      <p class="ce-support-title">{s.title}</p>
      <ul>
        {s.name && <li>{s.name}</li>}
        {s.email && (
          <li>
            <a href={`mailto:${s.email.address}`}>{s.email.text}</a>
          </li>
        )}
        {s.phone && (
          <li>
            <a href={`tel:${s.phone.number.replace(/[^+0-9]/g, '')}`}>{s.phone.text}</a>
          </li>
        )}
        {s.hours && <li>{s.hours}</li>}
      </ul>
    </section>
  );
}
