import { useMutation } from '@apollo/client';
import { type FormEvent, useId, useState } from 'react';
import type { TeamsQuery as TeamsData, WorkListQuery as WorkListData } from '../gql/graphql.js';
import { ReassignFamilyMutation } from '../operations/team.js';
import { servedPlaces } from '../team/served-places.js';
import { ErrorNotice } from '../ui/error-notice.js';

type Family = WorkListData['caseload'][number];
type Team = TeamsData['teams'][number];

/**
 * Gives a family to another coordinator: those of the family's own team first, then those of every
 * other team serving the municipality the family lives in (`livesIn`; until it is known, none):
 * a move never moves a family house, and the graph refuses any other (docs/tenancy.md). Moving it
 * to another team is allowed, and the page says what follows: the consents name the old team, so
 * the new one sees nothing until the family consents to it.
 */
export function Reassign({ family, livesIn, teams, onMoved }: { family: Family; livesIn: string | undefined; teams: readonly Team[]; onMoved: (text: string) => void }) {
  const id = useId();
  const current = new Set(family.coordinators.map((c) => c.username));
  const servingOthers = teams.filter((t) => t.id !== family.team.id && livesIn !== undefined && t.municipalities.includes(livesIn));
  const ordered = [...teams.filter((t) => t.id === family.team.id), ...servingOthers];
  // Said when no other team works where the family lives, so the short list is not a mystery.
  const onlyOwnTeam = livesIn !== undefined && servingOthers.every((t) => t.coordinators.length === 0) ? `Inget annat team arbetar i ${livesIn}.` : null;
  const choices = ordered.map((t) => ({ team: t, coordinators: t.coordinators.filter((c) => !current.has(c.username)) })).filter((g) => g.coordinators.length > 0);
  // Nothing is chosen until the team lead chooses: a move is never one click away by default.
  const [to, setTo] = useState('');
  // A move to another team waits for a second click that says what the move means.
  const [confirming, setConfirming] = useState(false);
  const [reassign, { loading, error }] = useMutation(ReassignFamilyMutation, { refetchQueries: ['WorkList', 'Teams'], awaitRefetchQueries: true });
  if (choices.length === 0) return <>Ingen annan koordinator att flytta till.{onlyOwnTeam && ` ${onlyOwnTeam}`}</>;
  // After a move the one chosen may be the family's own coordinator: then nobody is chosen.
  const chosen = choices.some((g) => g.coordinators.some((c) => c.username === to)) ? to : '';
  const target = choices.find((g) => g.coordinators.some((c) => c.username === chosen))?.team;
  const otherTeam = target && target.id !== family.team.id ? target : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    if (otherTeam && !confirming) return setConfirming(true);
    setConfirming(false);
    const moved = await reassign({ variables: { input: { familyId: family.id, coordinator: chosen } } }).catch(() => null);
    if (!moved?.data) return;
    const { familyReference, team, coordinator } = moved.data.reassignFamily;
    onMoved(
      team.id === family.team.id
        ? `${familyReference} har nu ${coordinator.name} som koordinator.`
        : `${familyReference} har flyttats till ${team.name} med ${coordinator.name} som koordinator. Familjen behöver lämna samtycke till ${team.name} innan teamet ser något från verksamheterna.`,
    );
  };

  return (
    <form className="reassign" onSubmit={submit}>
      <div className="inline">
        <label htmlFor={id} className="visually-hidden">
          Ny koordinator för {family.reference}
        </label>
        <select
          id={id}
          value={chosen}
          onChange={(e) => {
            setTo(e.target.value);
            setConfirming(false);
          }}
          aria-describedby={otherTeam ? `${id}-note` : undefined}
          disabled={confirming}
        >
          <option value="">Välj koordinator</option>
          {choices.map((g) => (
            <optgroup key={g.team.id} label={g.team.id === family.team.id ? `${g.team.name} (samma team)` : `${g.team.name} (${servedPlaces(g.team)})`}>
              {g.coordinators.map((c) => (
                <option key={c.username} value={c.username}>
                  {c.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {!confirming && (
          <button type="submit" disabled={loading || !chosen}>
            Flytta
          </button>
        )}
      </div>
      {confirming && otherTeam && (
        <div className="confirm notice">
          <p>
            Flytta {family.reference} till {otherTeam.name} ({servedPlaces(otherTeam)})? Familjen bor kvar i {livesIn} men lämnar ert team, och {otherTeam.name} ser inget från verksamheterna förrän
            familjen har lämnat samtycke till dem.
          </p>
          <div className="actions">
            <button type="submit" className="primary" disabled={loading}>
              Ja, flytta till {otherTeam.name}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Avbryt
            </button>
          </div>
        </div>
      )}
      {otherTeam && (
        <p id={`${id}-note`} className="hint">
          Familjen flyttas till {otherTeam.name}. Det teamet ser inget från verksamheterna förrän familjen har lämnat samtycke till det.
        </p>
      )}
      {onlyOwnTeam && !otherTeam && <p className="hint">{onlyOwnTeam} Familjen kan bara få en ny koordinator i ert team.</p>}
      {error && <ErrorNotice error={error} />}
    </form>
  );
}
