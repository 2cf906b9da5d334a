import type { SupportServiceFieldsFragment } from '../../gql/graphql.js';

type ContactRoutes = Omit<SupportServiceFieldsFragment['contact'], '__typename'>;

/** A telephone link dials the digits, whatever spaces and dashes the number is written with. */
const dial = (phone: string) => `tel:${phone.replace(/[\s-]/g, '')}`;

/** How to reach a service or a person, each a link that opens what it names. */
export function ContactList({ contact }: { contact: ContactRoutes }) {
  return (
    <dl className="contact-routes">
      {contact.phone && (
        <>
          <dt>Telefon</dt>
          <dd>
            <a href={dial(contact.phone)}>{contact.phone}</a>
          </dd>
        </>
      )}
      {contact.email && (
        <>
          <dt>E-post</dt>
          <dd>
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </dd>
        </>
      )}
      {contact.web && (
        <>
          <dt>Webb</dt>
          <dd>
            <a href={contact.web} rel="noopener noreferrer" target="_blank">
              {contact.web}
              <span className="visually-hidden"> (öppnas i en ny flik)</span>
            </a>
          </dd>
        </>
      )}
      {contact.visitingAddress && (
        <>
          <dt>Besöksadress</dt>
          <dd>{contact.visitingAddress}</dd>
        </>
      )}
    </dl>
  );
}
