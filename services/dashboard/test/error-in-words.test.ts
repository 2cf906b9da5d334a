import { describe, expect, it } from 'vitest';
import { errorInWords } from '../src/graphql/error-in-words.js';

describe('errors in Swedish', () => {
  it('shows the Swedish half of a bilingual message', () => {
    const failure = { graphQLErrors: [{ message: 'Ingen familj med referensen F-00099 bland dina familjer / no such family among yours', extensions: { code: 'NOT_FOUND' } }] };
    expect(errorInWords(failure)).toEqual({ text: 'Ingen familj med referensen F-00099 bland dina familjer', signInAgain: false });
  });

  it('words an English-only refusal, or falls back on its code', () => {
    expect(errorInWords({ graphQLErrors: [{ message: 'A consent is valid at most 12 months', extensions: { code: 'BAD_USER_INPUT' } }] }).text).toBe('Ett samtycke gäller högst 12 månader.');
    expect(errorInWords({ graphQLErrors: [{ message: 'Something new', extensions: { code: 'FORBIDDEN' } }] }).text).toBe('Du har inte behörighet att göra det här.');
    expect(errorInWords({ graphQLErrors: [{ message: 'Something new', extensions: { code: 'UNAVAILABLE' } }] }).text).toMatch(/svarar inte/);
  });

  it('asks to sign in again on 401, and reads the errors of a refused request', () => {
    expect(errorInWords({ networkError: { statusCode: 401 } })).toEqual({ text: 'Din inloggning gäller inte längre. Logga in igen.', signInAgain: true });
    expect(errorInWords({ networkError: { statusCode: 400, result: { errors: [{ message: 'x', extensions: { code: 'OPERATION_NOT_SAFELISTED' } }] } } }).text).toMatch(/Ladda om/);
  });

  it('says a rate limit in its own Swedish words, or in ours, never as a network failure', () => {
    const limited = {
      networkError: {
        statusCode: 429,
        result: {
          errors: [{ message: 'För många statistikfrågor: högst 60 statistiksvar per 5 minuter. Försök igen om 42 sekunder. / Too many statistics answers', extensions: { code: 'RATE_LIMITED' } }],
        },
      },
    };
    expect(errorInWords(limited)).toEqual({ text: 'För många statistikfrågor: högst 60 statistiksvar per 5 minuter. Försök igen om 42 sekunder.', signInAgain: false });
    expect(errorInWords({ networkError: { statusCode: 429 } }).text).toMatch(/^Du har ställt många frågor på kort tid.*Vänta en stund/);
  });

  it('tells a network failure apart from a server failure', () => {
    expect(errorInWords({ networkError: new TypeError('Failed to fetch') }).text).toMatch(/nätverksanslutningen/);
    expect(errorInWords({ networkError: { statusCode: 502 } }).text).toMatch(/Servern/);
  });

  it('names a refused child by its place in the form, not by the input path', () => {
    const notInRegister = { graphQLErrors: [{ message: 'children[1]: personen finns inte i folkbokföringen / not in the population register', extensions: { code: 'BAD_USER_INPUT' } }] };
    expect(errorInWords(notInRegister).text).toBe('Barn 2: personen finns inte i folkbokföringen');
    const invalid = {
      networkError: {
        statusCode: 400,
        result: {
          errors: [
            { message: 'Variable "$input" got invalid value "123" at "input.children[0]"; Ogiltigt personnummer eller samordningsnummer: expected 12 digits', extensions: { code: 'BAD_USER_INPUT' } },
          ],
        },
      },
    };
    expect(errorInWords(invalid).text).toMatch(/^Barn 1: ogiltigt personnummer/);
  });
  it('words the refusals of a meeting or a follow-up in Swedish, naming a field as the form labels it', () => {
    const refused = (message: string) => errorInWords({ graphQLErrors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] }).text;
    expect(refused('En uppföljning kan inte dateras framåt i tiden / a follow-up cannot be dated in the future')).toBe('En uppföljning kan inte dateras framåt i tiden');
    expect(refused('Skattningen är 1 till 5 / rating must be 1 to 5')).toBe('Skattningen är 1 till 5');
    expect(refused('summary: får inte vara tomt / must not be empty')).toBe('Sammanfattning: får inte vara tomt');
    expect(refused('comment: högst 2000 tecken / longer than 2000 characters')).toBe('Kommentar: högst 2000 tecken');
    expect(refused('Variable "$input" got invalid value "2026-02-30" at "input.date"; Invalid Date: expected YYYY-MM-DD, a real day between 1900 and 2199')).toBe(
      'Datumet ska vara en riktig dag, skriven ÅÅÅÅ-MM-DD.',
    );
    expect(errorInWords({ graphQLErrors: [{ message: 'Familjen finns inte bland dina / no such family among yours', extensions: { code: 'FORBIDDEN' } }] }).text).toBe(
      'Familjen finns inte bland dina',
    );
  });
});
