import type { ReactNode } from 'react';
import type { SupportServiceFieldsFragment as Service } from '../../gql/graphql.js';
import { agencyName } from '../../words/terms.js';
import { ContactList } from './contact-routes.js';
import { weekInLines } from './opening-hours.js';

export type { Service };

/** Who runs a service and for which municipalities: "Region Exempel, för alla kommuner". */
export function servedBy(service: Service): string {
  const agency = service.agency ? ` (${agencyName[service.agency].toLowerCase()})` : '';
  const where = service.municipalities.length === 0 ? 'för alla kommuner' : `för ${service.municipalities.join(', ')}`;
  return `${service.organisation}${agency}, ${where}`;
}

/**
 * A service of the catalogue: what it offers and for whom, how to reach it, when it is open and
 * whether it is now, and when it was last checked. `headingLevel` fits it under its page's headings.
 */
export function ServiceCard({ service, headingLevel = 3, children }: { service: Service; headingLevel?: 3 | 4; children?: ReactNode }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const week = weekInLines(service.openingHours);
  return (
    <article className="support-service">
      <Heading>{service.name}</Heading>
      <p className="served-by">{servedBy(service)}</p>
      {service.retiredOn ? (
        <p className="notice">Finns inte längre i stödkatalogen (borttagen {service.retiredOn}). Fråga koordinatorn vart ni kan vända er i stället.</p>
      ) : (
        <p>
          <span className={service.openNow ? 'badge badge-open' : 'badge badge-closed'}>{service.openNow ? 'Öppet nu' : 'Stängt nu'}</span>
        </p>
      )}
      <p>{service.offers}</p>
      <p>
        <strong>För:</strong> {service.forWhom}
      </p>
      <ContactList contact={service.contact} />
      <div className="opening-hours">
        <p>
          <strong>Öppettider</strong>
        </p>
        {week.length > 0 ? (
          <ul className="plain">
            {week.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          <p>Inga fasta öppettider.</p>
        )}
        {service.openingNote && <p>{service.openingNote}</p>}
      </div>
      <p className="reviewed">
        Uppgifterna kontrollerades {service.reviewedOn} av {service.reviewedByName}.
      </p>
      {children}
    </article>
  );
}
