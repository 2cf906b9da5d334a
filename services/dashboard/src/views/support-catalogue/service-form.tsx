import { useMutation } from '@apollo/client';
import { useId, useRef, useState } from 'react';
import type { Agency, SupportServiceInput, Weekday } from '../../gql/graphql.js';
import { AddSupportServiceMutation, UpdateSupportServiceMutation } from '../../operations/support-catalogue.js';
import { ChangeForm } from '../../ui/change-form.js';
import { FieldProblem } from '../../ui/field-problem.js';
import { describedBy, focusFirstProblem, type Problems } from '../../ui/field-problems.js';
import { AgencySelect } from './agency-select.js';
import { dayText, parseDay, weekdayName, weekdays } from './opening-hours.js';
import type { Service } from './service-card.js';

type Text = 'organisation' | 'municipalities' | 'name' | 'offers' | 'forWhom' | 'phone' | 'email' | 'web' | 'visitingAddress' | 'openingNote';
type Field = Text | Weekday | 'contact';

/** The form's words and limits (the graph's, stated in its schema). */
const textFields: Array<{ key: Text; label: string; hint: string; max: number; area?: boolean }> = [
  { key: 'name', label: 'Namn', hint: 'Som familjer känner igen den, t.ex. BUP – barn- och ungdomspsykiatrin.', max: 200 },
  { key: 'organisation', label: 'Organisation', hint: 'Kommunen, regionen eller föreningen som driver verksamheten.', max: 200 },
  { key: 'municipalities', label: 'Kommuner', hint: 'Skilj med komma. Lämna tomt om verksamheten finns för alla kommuner.', max: 2000 },
  { key: 'offers', label: 'Vad verksamheten erbjuder', hint: 'Med enkla ord. Högst 2 000 tecken.', max: 2000, area: true },
  { key: 'forWhom', label: 'Vem stödet är till för', hint: 'Ålder eller situation. Högst 500 tecken.', max: 500 },
  { key: 'phone', label: 'Telefon', hint: 'Med riktnummer, t.ex. 08-465 004 10, eller ett kortnummer.', max: 30 },
  { key: 'email', label: 'E-post', hint: 'Till exempel bup@region.se.', max: 254 },
  { key: 'web', label: 'Webbadress', hint: 'Hela adressen, som börjar med https://.', max: 500 },
  { key: 'visitingAddress', label: 'Besöksadress', hint: 'Gata, nummer och ort.', max: 300 },
  { key: 'openingNote', label: 'Om öppettiderna', hint: 'Det tiderna inte säger, t.ex. tidsbokning behövs inte på tisdagar, eller stängt i juli. Högst 500 tecken.', max: 500 },
];

type Values = Record<Text, string> & { agency: Agency | ''; hours: Record<Weekday, string> };

const valuesOf = (s: Service | null): Values => ({
  name: s?.name ?? '',
  organisation: s?.organisation ?? '',
  municipalities: s?.municipalities.join(', ') ?? '',
  offers: s?.offers ?? '',
  forWhom: s?.forWhom ?? '',
  phone: s?.contact.phone ?? '',
  email: s?.contact.email ?? '',
  web: s?.contact.web ?? '',
  visitingAddress: s?.contact.visitingAddress ?? '',
  openingNote: s?.openingNote ?? '',
  agency: s?.agency ?? '',
  hours: Object.fromEntries(weekdays.map((d) => [d, s ? dayText(s.openingHours, d) : ''])) as Record<Weekday, string>,
});

/** What the page can tell before sending; the graph checks the forms of the numbers and addresses. */
function check(v: Values): { problems: Problems<Field>; input: SupportServiceInput | null } {
  const problems: Problems<Field> = {};
  if (!v.name.trim()) problems.name = 'Skriv verksamhetens namn.';
  if (!v.organisation.trim()) problems.organisation = 'Skriv vem som driver verksamheten.';
  if (!v.offers.trim()) problems.offers = 'Skriv vad verksamheten erbjuder.';
  if (!v.forWhom.trim()) problems.forWhom = 'Skriv vem stödet är till för.';
  for (const f of textFields) if ([...v[f.key].trim()].length > f.max) problems[f.key] = `Högst ${f.max.toLocaleString('sv-SE')} tecken.`;
  if (![v.phone, v.email, v.web, v.visitingAddress].some((c) => c.trim())) problems.phone = 'Ange minst ett sätt att nå verksamheten: telefon, e-post, webbadress eller besöksadress.';
  const openingHours = weekdays.flatMap((day) => {
    const periods = parseDay(day, v.hours[day]);
    if (!periods) problems[day] = `Skriv tiderna som 08:00–12:00, 13:00–16:30, eller lämna tomt om det är stängt.`;
    return periods ?? [];
  });
  if (Object.keys(problems).length > 0) return { problems, input: null };
  const optional = (text: string) => text.trim() || null;
  return {
    problems,
    input: {
      name: v.name.trim(),
      organisation: v.organisation.trim(),
      municipalities: v.municipalities
        .split(',')
        .map((m) => m.trim())
        .filter(Boolean),
      agency: v.agency || null,
      offers: v.offers.trim(),
      forWhom: v.forWhom.trim(),
      phone: optional(v.phone),
      email: optional(v.email),
      web: optional(v.web),
      visitingAddress: optional(v.visitingAddress),
      openingHours,
      openingNote: optional(v.openingNote),
    },
  };
}

/** The catalogue keeper's form: a new service, or one written anew (saved unchanged, it counts as checked today). */
export function ServiceForm({ service }: { service: Service | null }) {
  const id = useId();
  const fields = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState(() => valuesOf(service));
  const [problems, setProblems] = useState<Problems<Field>>({});
  const [done, setDone] = useState<string | null>(null);
  const [add, added] = useMutation(AddSupportServiceMutation, { refetchQueries: ['SupportCatalogue'], awaitRefetchQueries: true });
  const [update, updated] = useMutation(UpdateSupportServiceMutation, { refetchQueries: ['SupportCatalogue', 'SupportServiceChanges'], awaitRefetchQueries: true });
  const set = (key: Text) => (e: { target: { value: string } }) => setValues({ ...values, [key]: e.target.value });
  return (
    <ChangeForm
      summary={service ? 'Ändra eller markera som kontrollerad' : 'Lägg till en verksamhet'}
      submitLabel={service ? 'Spara' : 'Lägg till'}
      className="service-form"
      busy={added.loading || updated.loading}
      error={added.error ?? updated.error}
      done={done}
      submit={async () => {
        setDone(null);
        const { problems: found, input } = check(values);
        setProblems(found);
        if (!input) return focusFirstProblem(fields.current);
        if (service) {
          await update({ variables: { id: service.id, input } });
          setDone(`${input.name} är sparad och kontrollerad i dag.`);
        } else {
          await add({ variables: { input } });
          setDone(`${input.name} finns nu i stödkatalogen.`);
          setValues(valuesOf(null));
        }
      }}
    >
      <div ref={fields}>
        {textFields.map((f) => (
          <div className="field" key={f.key}>
            <label htmlFor={`${id}-${f.key}`}>{f.label}</label>
            {f.area ? (
              <textarea id={`${id}-${f.key}`} rows={3} value={values[f.key]} onChange={set(f.key)} maxLength={f.max} {...describedBy(`${id}-${f.key}`, problems[f.key])} />
            ) : (
              <input id={`${id}-${f.key}`} value={values[f.key]} onChange={set(f.key)} maxLength={f.max} {...describedBy(`${id}-${f.key}`, problems[f.key])} />
            )}
            <p id={`${id}-${f.key}-hint`} className="hint">
              {f.hint}
            </p>
            <FieldProblem id={`${id}-${f.key}`} problem={problems[f.key]} />
          </div>
        ))}
        <div className="field">
          <AgencySelect id={`${id}-agency`} value={values.agency} empty="Annan organisation (t.ex. förening, 1177)" onChange={(agency) => setValues({ ...values, agency })} />
        </div>
        <fieldset className="opening-hours-fields">
          <legend>Öppettider</legend>
          <p className="hint">Skriv tiderna som 08:00–12:00, 13:00–16:30. Lämna tomt de dagar det är stängt; hela dygnet skrivs 00:00–24:00.</p>
          {weekdays.map((day) => (
            <div className="field" key={day}>
              <label htmlFor={`${id}-${day}`}>{weekdayName[day]}</label>
              <input
                id={`${id}-${day}`}
                value={values.hours[day]}
                onChange={(e) => setValues({ ...values, hours: { ...values.hours, [day]: e.target.value } })}
                {...describedBy(`${id}-${day}`, problems[day], false)}
              />
              <FieldProblem id={`${id}-${day}`} problem={problems[day]} />
            </div>
          ))}
        </fieldset>
      </div>
    </ChangeForm>
  );
}
