import { useMutation, useQuery } from '@apollo/client';
import { useId, useRef, useState } from 'react';
import type { Agency, FamilyContactFieldsFragment } from '../../gql/graphql.js';
import { AddFamilyContactMutation, CatalogueChoicesQuery, FamilyContactsQuery as FamilyContactsDocument, RemoveFamilyContactMutation } from '../../operations/support-catalogue.js';
import { Link } from '../../routing/navigation.js';
import { supportCataloguePath } from '../../routing/routes.js';
import { ChangeForm } from '../../ui/change-form.js';
import { ErrorNotice, Loading } from '../../ui/error-notice.js';
import { FieldProblem } from '../../ui/field-problem.js';
import { describedBy, focusFirstProblem, type Problems } from '../../ui/field-problems.js';
import { agencyName } from '../../words/terms.js';
import { AgencySelect } from './agency-select.js';
import { ContactList } from './contact-routes.js';
import { ServiceCard } from './service-card.js';

type Contact = FamilyContactFieldsFragment;
const refresh = { refetchQueries: ['FamilyContacts'], awaitRefetchQueries: true };

/**
 * Vem ska vi vända oss till: the family's own contacts, each a service of the catalogue (with its
 * present contact routes and hours) or a named member of staff. Its coordinator keeps the list;
 * the guardians read it on their page.
 */
export function FamilyContacts({ reference, familyId, working, guardian }: { reference: string; familyId: string; working: boolean; guardian: boolean }) {
  const { data, error, loading } = useQuery(FamilyContactsDocument, { variables: { reference } });
  const contacts = data?.familyByReference.contacts ?? [];
  return (
    <>
      <p>
        {guardian ? 'De här har er koordinator samlat för er familj, med vad ni kan kontakta dem om.' : 'Familjens egen lista över vart den kan vända sig. Vårdnadshavarna ser den på sin sida.'}{' '}
        <Link href={supportCataloguePath}>Sök i stödkatalogen</Link>
      </p>
      {error && <ErrorNotice error={error} />}
      {loading && !data && <Loading what="familjens kontakter" />}
      {data && contacts.length === 0 && <p>{guardian ? 'Listan är tom än så länge.' : 'Inga kontakter på listan än.'}</p>}
      <ul className="plain family-contacts">
        {contacts.map((c) => (
          <li key={c.id}>
            <ContactCard contact={c} working={working} />
          </li>
        ))}
      </ul>
      {working && <AddContactForm familyId={familyId} listed={contacts.flatMap((c) => (c.service ? [c.service.id] : []))} />}
    </>
  );
}

/** One contact as the family reads it; `working`: its coordinator may take it off the list. */
export function ContactCard({ contact, working }: { contact: Contact; working: boolean }) {
  const about = contact.about && (
    <p className="about">
      <strong>Kontakta om:</strong> {contact.about}
    </p>
  );
  const remove = working && <RemoveContact contact={contact} />;
  if (contact.service)
    return (
      <ServiceCard service={contact.service}>
        {about}
        {remove}
      </ServiceCard>
    );
  const person = contact.person;
  if (!person) return null;
  return (
    <article className="support-service contact-person">
      <h3>{person.name}</h3>
      <p className="served-by">
        {person.role}
        {person.organisation ? `, ${person.organisation}` : ''}
        {person.agency ? ` (${agencyName[person.agency].toLowerCase()})` : ''}
      </p>
      {about}
      <ContactList contact={{ phone: person.phone ?? null, email: person.email ?? null, web: null, visitingAddress: null }} />
      {remove}
    </article>
  );
}

function RemoveContact({ contact }: { contact: Contact }) {
  const [remove, { loading, error }] = useMutation(RemoveFamilyContactMutation, refresh);
  const name = contact.service?.name ?? contact.person?.name ?? '';
  return (
    <>
      {error && <ErrorNotice error={error} />}
      <button type="button" disabled={loading} onClick={() => void remove({ variables: { id: contact.id } }).catch(() => undefined)}>
        Ta bort {name} från listan
      </button>
    </>
  );
}

type Field = 'service' | 'name' | 'role' | 'reach';

/** Lägg till kontakt: a service of the catalogue, or a named member of staff with a way to reach them. */
function AddContactForm({ familyId, listed }: { familyId: string; listed: readonly string[] }) {
  const id = useId();
  const fields = useRef<HTMLDivElement>(null);
  const choices = useQuery(CatalogueChoicesQuery);
  const [kind, setKind] = useState<'service' | 'person'>('service');
  const [v, setV] = useState({ serviceId: '', name: '', role: '', organisation: '', agency: '' as Agency | '', phone: '', email: '', about: '' });
  const [problems, setProblems] = useState<Problems<Field>>({});
  const [done, setDone] = useState<string | null>(null);
  const [add, { loading, error }] = useMutation(AddFamilyContactMutation, refresh);
  const set = (key: keyof typeof v) => (e: { target: { value: string } }) => setV({ ...v, [key]: e.target.value });
  // A service already on the list is not offered again.
  const services = (choices.data?.supportCatalogue ?? []).filter((s) => !listed.includes(s.id));
  return (
    <ChangeForm
      summary="Lägg till en kontakt"
      submitLabel="Lägg till på listan"
      className="contact-form"
      busy={loading}
      error={error}
      done={done}
      submit={async () => {
        setDone(null);
        const found: Problems<Field> = {};
        if (kind === 'service' && !v.serviceId) found.service = 'Välj en verksamhet ur stödkatalogen.';
        if (kind === 'person') {
          if (!v.name.trim()) found.name = 'Skriv kontaktpersonens namn.';
          if (!v.role.trim()) found.role = 'Skriv personens roll, till exempel kurator eller handläggare.';
          if (!v.phone.trim() && !v.email.trim()) found.reach = 'Ange telefon eller e-post, så att familjen kan nå personen.';
        }
        setProblems(found);
        if (Object.keys(found).length > 0) return focusFirstProblem(fields.current);
        const about = v.about.trim() || null;
        const person = {
          name: v.name.trim(),
          role: v.role.trim(),
          organisation: v.organisation.trim() || null,
          agency: v.agency || null,
          phone: v.phone.trim() || null,
          email: v.email.trim() || null,
        };
        await add({ variables: { input: kind === 'service' ? { familyId, serviceId: v.serviceId, about } : { familyId, person, about } } });
        setDone(`${kind === 'service' ? services.find((s) => s.id === v.serviceId)?.name : person.name} finns nu på familjens lista.`);
        setV({ serviceId: '', name: '', role: '', organisation: '', agency: '', phone: '', email: '', about: '' });
      }}
    >
      <div ref={fields}>
        <fieldset className="choices">
          <legend>Vad vill du lägga till?</legend>
          <label>
            <input type="radio" name={`${id}-kind`} checked={kind === 'service'} onChange={() => setKind('service')} /> En verksamhet ur stödkatalogen
          </label>
          <label>
            <input type="radio" name={`${id}-kind`} checked={kind === 'person'} onChange={() => setKind('person')} /> En kontaktperson
          </label>
        </fieldset>
        {kind === 'service' ? (
          <div className="field">
            <label htmlFor={`${id}-service`}>Verksamhet</label>
            <select id={`${id}-service`} value={v.serviceId} onChange={set('serviceId')} {...describedBy(`${id}-service`, problems.service, false)}>
              <option value="">Välj …</option>
              {services.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.organisation})
                </option>
              ))}
            </select>
            <FieldProblem id={`${id}-service`} problem={problems.service} />
          </div>
        ) : (
          <>
            <p className="hint">En person i personalen hos en verksamhet, aldrig någon i familjen.</p>
            <div className="two">
              <TextField id={`${id}-name`} label="Namn" value={v.name} onChange={set('name')} problem={problems.name} />
              <TextField id={`${id}-role`} label="Roll" value={v.role} onChange={set('role')} problem={problems.role} />
            </div>
            <div className="two">
              <TextField id={`${id}-organisation`} label="Verksamhet (frivillig)" value={v.organisation} onChange={set('organisation')} />
              <div className="field">
                <AgencySelect id={`${id}-agency`} value={v.agency as Agency | ''} empty="Annat" onChange={(agency) => setV({ ...v, agency })} />
              </div>
            </div>
            <div className="two">
              <TextField id={`${id}-phone`} label="Telefon" value={v.phone} onChange={set('phone')} problem={problems.reach} />
              <TextField id={`${id}-email`} label="E-post" value={v.email} onChange={set('email')} />
            </div>
          </>
        )}
        <div className="field">
          <label htmlFor={`${id}-about`}>Vad familjen kan kontakta dem om (frivilligt)</label>
          <textarea id={`${id}-about`} rows={2} value={v.about} onChange={set('about')} maxLength={500} aria-describedby={`${id}-about-hint`} />
          <p id={`${id}-about-hint`} className="hint">
            Högst 500 tecken, t.ex. frågor om skolskjuts.
          </p>
        </div>
      </div>
    </ChangeForm>
  );
}

function TextField({ id, label, value, onChange, problem }: { id: string; label: string; value: string; onChange: (e: { target: { value: string } }) => void; problem?: string | undefined }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} value={value} onChange={onChange} maxLength={254} {...describedBy(id, problem, false)} />
      <FieldProblem id={id} problem={problem} />
    </div>
  );
}
