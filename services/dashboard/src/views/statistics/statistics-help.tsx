import { reasonExplained, reasonInWords, suppressionReasons } from '../../statistics/cell-in-words.js';

/**
 * What the figures are and are not (docs/analysts.md): no person in them, hidden cells and why,
 * fixed boundaries, the audit trail, and where the analysts' cookbook is. The gateway serves no
 * documentation, so the cookbook is named by its place in Lotsen's source, not linked.
 */
export function StatisticsHelp({ threshold }: { threshold: number | null }) {
  const shown = threshold ?? 5;
  return (
    <section className="statistics-help" aria-labelledby="om-siffrorna">
      <h2 id="om-siffrorna">Om siffrorna</h2>
      <p>
        Det finns ingen person i siffrorna: de är antal, medelvärden och andelar över grupper av familjer och barn. Ett tal som skulle kunna peka ut någon visas inte, utan ersätts med skälet i ord.
        {threshold === null && ' Det minsta antal som visas är normalt 5; svaret säger vilket det är.'}
      </p>
      <h3>Dolda siffror</h3>
      <dl className="reasons">
        {suppressionReasons.map((r) => (
          <div key={r}>
            <dt>{reasonInWords(r, shown)}</dt>
            <dd>{reasonExplained(r, shown)}</dd>
          </div>
        ))}
      </dl>
      <h3>Lätt slumpade tal</h3>
      <p>
        Talen är lätt slumpade för att ingen enskild ska kunna räknas fram, inte heller genom att dra ett svar från ett annat. Där svaret säger att talen är slumpade står det vid siffrorna. Ett antal
        skiljer sig då från det sanna med högst 4 åt något håll och stämmer i genomsnitt. Samma personer ger alltid samma svar, så det hjälper inte att fråga igen. Ett sant 0 visas som 0, men 1 och 2
        visas aldrig som sådana, utan som 0 eller minst 3. En summa räknas för sig och behöver inte vara lika med delarna tillsammans. Medelvärden, medianer och andelar räknas av slumpade tal.
      </p>
      <h3>Fasta gränser</h3>
      <p>
        Perioderna är hela kalenderkvartal, högst åtta, och grupperna en hel kommun eller ett team, inget mindre. Då går det inte att dra ett svar från ett annat, till exempel ett år minus ett
        kvartal, och komma ner till några få personer.
      </p>
      <p>
        Varje svar, och varje CSV-fil, registreras i granskningsloggen som ett statistikuttag: vem som frågade, vilka siffror och vilket urval, men inget barn. Ett svar som redan har hämtats visas
        igen utan att frågan ställs på nytt, så länge sidan är öppen.
      </p>
      <h3>Kokboken för analytiker</h3>
      <p>
        Tretton vanliga frågor om uppföljningen, var och en skriven som en GraphQL-fråga som går att köra som den står mot Lotsens gränssnitt (/graphql) med din inloggning, och hur varje siffra
        räknas, finns i Lotsens dokumentation: filen <code>docs/analysts.md</code> i Lotsens källkod, avsnittet Cookbook (på engelska). Samma frågor kan hämtas som CSV från{' '}
        <code>/statistics.csv?query=…</code>. Dokumentationen visas inte i Lotsen; be kommunens systemförvaltare om den.
      </p>
    </section>
  );
}
