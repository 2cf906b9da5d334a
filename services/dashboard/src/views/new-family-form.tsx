import { useMutation } from '@apollo/client';
import { type FormEvent, useId, useRef, useState } from 'react';
import { checkPersonnummer } from '../new-family/personnummer.js';
import { CreateFamilyMutation } from '../operations/new-family.js';
import { navigate } from '../routing/navigation.js';
import { consentsPath } from '../routing/routes.js';
import { ErrorNotice } from '../ui/error-notice.js';
import { useServerError } from '../ui/server-error.js';
import { MunicipalityField } from './tenancy/municipality-field.js';

/** More children than this is not one family (the server refuses more than ten). */
const mostChildren = 10;

/**
 * Ta in en ny familj: the coordinator names the children by personnummer or samordningsnummer,
 * and folkbokföringen says who they are and who has custody; nothing else is typed. Taking a
 * family in gives no access to anything yet, so the next page is the family's consents.
 */
export function NewFamilyForm() {
  const id = useId();
  // Each field keeps its own key, so removing one does not move what is typed into another.
  const nextKey = useRef(1);
  const [fields, setFields] = useState([{ key: 0, value: '' }]);
  const [problems, setProblems] = useState<string[]>([]);
  // Asked only of a team serving several municipalities (docs/tenancy.md).
  const [municipality, setMunicipality] = useState('');
  const [create, { loading, error }] = useMutation(CreateFamilyMutation, { refetchQueries: ['WorkList'] });
  const serverError = useServerError(error);

  const setValue = (key: number, value: string) => setFields((all) => all.map((f) => (f.key === key ? { ...f, value } : f)));
  const add = () => {
    const key = nextKey.current++;
    setFields((all) => [...all, { key, value: '' }]);
    // The new field is where the coordinator types next.
    requestAnimationFrame(() => document.getElementById(`${id}-child-${key}`)?.focus());
  };
  const remove = (key: number) => {
    setFields((all) => all.filter((f) => f.key !== key));
    requestAnimationFrame(() => document.getElementById(`${id}-add`)?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    serverError.hide();
    const checked = fields.map((f) => checkPersonnummer(f.value));
    const found = checked.flatMap((c, i) => (c.ok ? [] : [`Barn ${i + 1}: ${c.problem}`]));
    const numbers = checked.flatMap((c) => (c.ok ? [c.number] : []));
    if (found.length === 0 && new Set(numbers).size !== numbers.length) found.push('Samma personnummer står två gånger.');
    setProblems(found);
    if (found.length > 0) return;
    const created = await create({ variables: { input: { children: numbers, ...(municipality ? { municipality } : {}) } } }).catch(() => null);
    if (created?.data) navigate(consentsPath(created.data.createFamily.reference));
  };

  return (
    <details className="new-family">
      <summary id={`${id}-summary`}>Ta in en ny familj</summary>
      <form onSubmit={submit} noValidate aria-labelledby={`${id}-summary`}>
        <p className="hint" id={`${id}-hint`}>
          Skriv barnens personnummer eller samordningsnummer, tolv siffror (ÅÅÅÅMMDDNNNN). Namn och vårdnadshavare hämtas från folkbokföringen. Familjen får sedan ett samtycke innan något delas.
        </p>
        {fields.map((field, i) => (
          <div className="field" key={field.key}>
            <label htmlFor={`${id}-child-${field.key}`}>Barn {i + 1}: personnummer</label>
            <div className="inline">
              <input
                id={`${id}-child-${field.key}`}
                value={field.value}
                onChange={(e) => setValue(field.key, e.target.value)}
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                aria-describedby={`${id}-hint`}
              />
              {fields.length > 1 && (
                <button type="button" onClick={() => remove(field.key)}>
                  Ta bort barn {i + 1}
                </button>
              )}
            </div>
          </div>
        ))}
        <MunicipalityField id={id} value={municipality} onChange={setMunicipality} />
        {fields.length < mostChildren && (
          <p>
            <button type="button" id={`${id}-add`} onClick={add}>
              Lägg till ett barn till
            </button>
          </p>
        )}
        {problems.length > 0 && (
          <div className="notice notice-error" role="alert">
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        {serverError.shown && <ErrorNotice error={serverError.shown} />}
        <button type="submit" className="primary" disabled={loading}>
          Ta in familjen
        </button>
      </form>
    </details>
  );
}
