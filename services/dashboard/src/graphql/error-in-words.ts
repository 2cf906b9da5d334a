/** What went wrong with a request, as the page tells it: Swedish, and whether signing in again helps. */
export interface ErrorInWords {
  text: string;
  signInAgain: boolean;
}

/** The parts of an Apollo error this needs: kept structural so the function stays pure and testable. */
export interface RequestFailure {
  /** A response that was not 2xx: its status, and the errors its body carried. */
  networkError?: { statusCode?: number; result?: unknown } | null | Error;
  graphQLErrors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> | undefined }>;
}

const byCode: Record<string, string> = {
  NOT_FOUND: 'Det du söker finns inte bland dina familjer.',
  FORBIDDEN: 'Du har inte behörighet att göra det här.',
  UNAVAILABLE: 'En tjänst som behövs svarar inte just nu. Försök igen om en stund.',
  BAD_USER_INPUT: 'Uppgifterna kunde inte sparas. Kontrollera det du fyllt i.',
  UNAUTHENTICATED: 'Din inloggning gäller inte längre. Logga in igen.',
  PERSISTED_QUERY_NOT_FOUND: 'Appen och servern har olika versioner. Ladda om sidan.',
  OPERATION_NOT_SAFELISTED: 'Appen och servern har olika versioner. Ladda om sidan.',
  CONFLICT: 'Någon annan har sparat ändringar sedan du började. Ladda om sidan och gör din ändring igen.',
  GRAPHQL_VALIDATION_FAILED: 'Servern kunde inte ta emot frågan. Ladda om sidan; hjälper det inte, kontakta kommunens support.',
};

/**
 * The coordination service's refusals that are not written "svenska / english", in Swedish. Its bilingual
 * messages ("svenska / english") need no entry: their Swedish part is shown as it stands.
 */
const englishRefusals: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/^The child's view \(barnets inställning\) is recorded from (\d+)/, (m) => `Barnets inställning ska antecknas när barnet har fyllt ${m[1]} år.`],
  [/^A consent is valid at most (\d+) months/, (m) => `Ett samtycke gäller högst ${m[1]} månader.`],
  [/^The validity has already ended/, () => 'Giltighetstiden har redan passerat.'],
  [/^validUntil is before validFrom/, () => 'Slutdatum ligger före startdatum.'],
  [/^A consent covers at least one data category/, () => 'Välj minst en sorts uppgifter som samtycket omfattar.'],
  [/^A wider scope needs a new consent/, () => 'Ett samtycke kan bara begränsas. Ett bredare samtycke kräver ett nytt samtycke.'],
  [/^The scope is unchanged/, () => 'Ingenting togs bort ur samtycket.'],
  [/^The consent is (already )?revoked/, () => 'Samtycket är redan återkallat.'],
  [/^Only a party who gave the consent revokes it/, () => 'Bara den som har lämnat samtycket kan återkalla det.'],
  [/^A guardian records only their own decision/, () => 'Som vårdnadshavare kan du bara lämna ditt eget beslut.'],
  [/^No such consent/, () => 'Samtycket finns inte.'],
  [/^No such coordinator/, () => 'Det finns ingen koordinator med det användarnamnet.'],
  [/^No such family in your team/, () => 'Familjen finns inte i ditt team.'],
  [/^Only a team lead reassigns or moves a family/, () => 'Bara en teamledare kan flytta en familj.'],
  [/^Every recipient must be a known team/, () => 'Varje mottagare måste vara ett känt team.'],
  // A family's meetings and follow-up.
  // The Date scalar's refusal, alone or inside the gateway's "Variable … at "input.date"; …".
  [/Invalid Date: expected YYYY-MM-DD/, () => 'Datumet ska vara en riktig dag, skriven ÅÅÅÅ-MM-DD.'],
  // The scalar's refusal, alone or inside the gateway's "Variable … at "input.children[1]"; …".
  [
    /(?:children\[(\d+)\]"?; )?Ogiltigt personnummer eller samordningsnummer/,
    (m) => `${m[1] ? `Barn ${Number(m[1]) + 1}: o` : 'O'}giltigt personnummer eller samordningsnummer: tolv siffror, med rätt kontrollsiffra.`,
  ],
  // Written in Swedish alone: shown as it stands.
  [/^Folkbokföringen .*/, (m) => m[0]],
];

/** Free-text fields the services name in their refusals ("summary: får inte vara tomt"), as the forms label them. */
const fieldName: Record<string, string> = { summary: 'Sammanfattning', comment: 'Kommentar', reason: 'Skäl', view: 'Barnets inställning' };

/** A field named by its input path ("children[1]: …", "summary: …") as a person reads it ("Barn 2: …", "Sammanfattning: …"). */
const fieldInWords = (text: string) =>
  text.replace(/^children\[(\d+)\]: /, (_, i: string) => `Barn ${Number(i) + 1}: `).replace(/^(\w+): /, (whole, field: string) => (fieldName[field] ? `${fieldName[field]}: ` : whole));

/** The Swedish part of a server message: the part before " / " of a bilingual one, or a known refusal. */
export function swedishServerMessage(message: string): string | null {
  const bilingual = message.indexOf(' / ');
  if (bilingual > 0) return fieldInWords(message.slice(0, bilingual).trim());
  for (const [pattern, words] of englishRefusals) {
    const m = message.match(pattern);
    if (m) return words(m);
  }
  return null;
}

const tooManyRequests = 'Du har ställt många frågor på kort tid, och Lotsen tar emot ett begränsat antal per användare. Vänta en stund och försök igen.';

export function errorInWords(failure: RequestFailure): ErrorInWords {
  const network = failure.networkError as { statusCode?: number; result?: { errors?: RequestFailure['graphQLErrors'] } } | null | undefined;
  if (network?.statusCode === 401) return { text: byCode.UNAUTHENTICATED as string, signInAgain: true };
  const [first] = failure.graphQLErrors?.length ? failure.graphQLErrors : (network?.result?.errors ?? []);
  // A rate limit per user (statistics answers: docs/analysts.md) says so, in its own Swedish words if it has them.
  if (network?.statusCode === 429) return { text: (first && swedishServerMessage(first.message)) || tooManyRequests, signInAgain: false };
  if (first) {
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : '';
    if (code === 'UNAUTHENTICATED') return { text: byCode.UNAUTHENTICATED as string, signInAgain: true };
    const text = swedishServerMessage(first.message) ?? byCode[code] ?? 'Något gick fel hos servern. Försök igen om en stund.';
    return { text, signInAgain: false };
  }
  if (network?.statusCode && network.statusCode >= 500) return { text: 'Servern svarar inte som den ska just nu. Försök igen om en stund.', signInAgain: false };
  if (failure.networkError) return { text: 'Det gick inte att nå Lotsen. Kontrollera nätverksanslutningen och försök igen.', signInAgain: false };
  return { text: 'Något gick fel. Försök igen om en stund.', signInAgain: false };
}
