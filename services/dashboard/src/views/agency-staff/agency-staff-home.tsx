import { PageHeading } from '../../ui/page-heading.js';
import { AgencyActions } from './agency-actions.js';
import { ServedOrganisation } from './served-organisation.js';

/**
 * The start of agency staff (skola, socialtjänst, hälso- och sjukvård): the SIP actions their
 * agency holds, with a way to report progress, how a family's data reaches a coordinator, and who
 * to ask.
 */
export function AgencyStaffHome() {
  return (
    <>
      <PageHeading title="Lotsen för verksamheterna">Lotsen för verksamheterna</PageHeading>
      <p className="lead">
        Du är inloggad som personal i en verksamhet: skola och elevhälsa, socialtjänst eller hälso- och sjukvård. Lotsen är kommunens stöd för samordning kring barn och familjer som har kontakt med
        flera verksamheter. Koordinatorerna (familjelotsarna) i kommunens samverkansteam arbetar i Lotsen; din verksamhet arbetar vidare i sina egna system.
      </p>
      <ServedOrganisation />

      <section aria-labelledby="planer">
        <h2 id="planer">Planer som din verksamhet deltar i</h2>
        <p>
          Här ser du de insatser i familjers samordnade individuella planer (SIP) som din verksamhet ansvarar för, med planens nästa uppföljning, och anger hur det går: planerad, pågår, klar eller
          avbruten. Koordinatorn ser ändringen nästa gång familjens sida läses in.
        </p>
        <p className="hint">
          Du ser bara insatser som din verksamhet ansvarar för, i familjer som bor där du arbetar, och bara för barn vars samtycke till SIP omfattar din verksamhet. Familjen visas med sin referens
          (till exempel F-00012) och barnens förnamn, aldrig med personnummer. Att en familj är i samordning visas inte alls för en verksamhet som familjen inte har samtyckt till.
        </p>
        <AgencyActions />
      </section>

      <section aria-labelledby="samtycke">
        <h2 id="samtycke">Hur en familjs uppgifter når koordinatorn</h2>
        <ul>
          <li>Uppgifterna om ett barn stannar i din verksamhets eget system. Lotsen kopierar dem inte.</li>
          <li>
            Koordinatorn kan läsa dem genom Lotsen bara när barnets vårdnadshavare, och barnet självt från 15 år, har lämnat ett samtycke som omfattar just din verksamhet och just den sortens
            uppgifter, till exempel frånvaro, insatser eller vårdkontakter.
          </li>
          <li>Saknas samtycke, väntar det på någon, har det upphört eller återkallats, lämnar Lotsen inget ut. Koordinatorn ser bara varför.</li>
          <li>Varje utlämnande och varje nekande skrivs i din verksamhets egen granskningslogg innan svaret går iväg, och vårdnadshavarna kan se vem som har läst deras barns uppgifter och när.</li>
          <li>
            Har familjen samtyckt till uppföljning kan barnet räknas i statistik över insatser, frånvaro, stöd i skolan och vårdkontakter, utan att visas som person. Den statistiken räknas av din
            verksamhet, och bara över de barnen.
          </li>
        </ul>
      </section>

      <section aria-labelledby="kontakt">
        <h2 id="kontakt">Vem du kontaktar</h2>
        <ul>
          <li>
            Om en familjs samordning: familjens koordinator i kommunens samverkansteam. Lotsen visar inte vilka familjer som är i samordning, så det är familjen eller koordinatorn som tar kontakt med
            er.
          </li>
          <li>Om din inloggning eller vad du får se i Lotsen: din verksamhets systemförvaltare, eller kommunens support för Lotsen.</li>
        </ul>
      </section>
    </>
  );
}
