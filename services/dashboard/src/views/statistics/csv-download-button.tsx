import { useState } from 'react';
import { useSession } from '../../auth/session.js';
import type { StatisticsFilter } from '../../gql/graphql.js';
import { csvFileName, csvUrl } from '../../statistics/csv-download.js';
import { type CsvProblem, csvProblem } from '../../statistics/csv-problem.js';
import { saveBlob } from '../../ui/save-file.js';

/**
 * Ladda ner CSV: the group's answer from the gateway's `GET /statistics.csv` (docs/analysts.md,
 * "CSV"), the same operation as the table's, asked with the user's bearer token and saved through
 * an object URL, so the token never goes in an address. Each file is a statistical release of its own.
 */
export function CsvDownloadButton({
  groupId,
  groupName,
  operationName,
  filter,
  period,
}: {
  groupId: string;
  groupName: string;
  operationName: string;
  filter: StatisticsFilter;
  period: { from: string; to: string };
}) {
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<CsvProblem | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setProblem(null);
    setSaved(null);
    try {
      const token = await session.accessToken();
      if (!token) {
        setProblem(csvProblem(401, '', null));
        return;
      }
      // No Accept of our own: the gateway runs the query as a POST to /graphql would, and that answers JSON only.
      const response = await fetch(csvUrl(operationName, filter), { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok) {
        setProblem(csvProblem(response.status, await response.text().catch(() => ''), response.headers.get('retry-after')));
        return;
      }
      const name = csvFileName(groupId, period.from, period.to);
      saveBlob(await response.blob(), name);
      setSaved(`Hämtad: ${name}`);
    } catch {
      setProblem({ text: 'Det gick inte att nå Lotsen. Kontrollera nätverksanslutningen och försök igen.', signInAgain: false });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="csv-download">
      {/* Named with its group (one such button per group), beginning with the words it shows. */}
      <button type="button" onClick={() => void download()} disabled={busy} aria-label={`Ladda ner CSV: ${groupName}`}>
        Ladda ner CSV
      </button>
      <p className="hint">Semikolonavgränsad fil för kalkylprogram, en rad per siffra; en dold siffra är tom med skälet bredvid.</p>
      <p role="status" className={busy ? 'loading' : 'done'}>
        {busy ? 'Hämtar filen …' : saved}
      </p>
      {problem && (
        <div className="notice notice-error" role="alert">
          <p>{problem.text}</p>
          {problem.signInAgain && (
            <button type="button" onClick={() => void session.signIn()}>
              Logga in igen
            </button>
          )}
        </div>
      )}
    </div>
  );
}
