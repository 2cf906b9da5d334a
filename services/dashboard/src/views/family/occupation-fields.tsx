import type { Occupation } from '../../gql/graphql.js';
import { FieldProblem } from '../../ui/field-problem.js';
import { occupationName, occupations } from '../../words/terms.js';

/** A parent's choice: an occupation, "none" for a family with one parent, or nothing chosen yet. */
export type ParentChoice = Occupation | 'NONE' | '';

export interface ParentsChoice {
  first: ParentChoice;
  second: ParentChoice;
}

/** The second parent is asked about when the family has two guardians; else there is none unless chosen. */
export const parentsChoiceFor = (guardians: number): ParentsChoice => ({ first: '', second: guardians >= 2 ? '' : 'NONE' });

/** What is missing, by field: each parent's occupation must be chosen (the second may be "none"). */
export function parentsProblems(choice: ParentsChoice): { first?: string; second?: string } {
  return {
    ...(choice.first === '' || choice.first === 'NONE' ? { first: 'Välj förälder 1:s sysselsättning.' } : {}),
    ...(choice.second === '' ? { second: 'Välj förälder 2:s sysselsättning, eller att familjen bara har en förälder.' } : {}),
  };
}

/** The graph's list: the first parent's occupation, then the second's if there is one. */
export const parentsInput = (choice: ParentsChoice): Occupation[] => [choice.first, choice.second].filter((c): c is Occupation => c !== '' && c !== 'NONE');

/** Förälder 1 and förälder 2, never named (the statistics count parents, not people). */
export function OccupationFields({ id, value, onChange, problems }: { id: string; value: ParentsChoice; onChange: (v: ParentsChoice) => void; problems: { first?: string; second?: string } }) {
  return (
    <fieldset className="occupation">
      <legend>Föräldrarnas sysselsättning</legend>
      <p className="hint" id={`${id}-hint`}>
        Föräldrarna räknas som förälder 1 och förälder 2, utan namn.
      </p>
      <div className="two">
        {(['first', 'second'] as const).map((which, i) => (
          <div className="field" key={which}>
            <label htmlFor={`${id}-${which}`}>Förälder {i + 1}</label>
            <select
              id={`${id}-${which}`}
              value={value[which]}
              onChange={(e) => onChange({ ...value, [which]: e.target.value as ParentChoice })}
              aria-invalid={problems[which] ? true : undefined}
              aria-describedby={[`${id}-hint`, problems[which] ? `${id}-${which}-problem` : ''].filter(Boolean).join(' ')}
            >
              <option value="">Välj sysselsättning</option>
              {occupations.map((o) => (
                <option key={o} value={o}>
                  {occupationName[o]}
                </option>
              ))}
              {which === 'second' && <option value="NONE">Familjen har bara en förälder</option>}
            </select>
            <FieldProblem id={`${id}-${which}`} problem={problems[which]} />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
