import { badInput } from '../graphql/errors.js';
import { cleanText, type TextField } from '../graphql/text.js';

/**
 * A phone number, an e-mail address and a web address as a family can use them
 * (docs/support-catalogue.md, "Contact routes"): checked where they are written, so that what the
 * catalogue and a family's list show can be dialled, mailed and opened.
 */

const phoneField: TextField = { sv: 'Telefon', en: 'phone', max: 30 };
const emailField: TextField = { sv: 'E-post', en: 'email', max: 254 };
const webField: TextField = { sv: 'Webbadress', en: 'web', max: 500 };

/**
 * A Swedish number as people write it: 0 and 7 to 10 digits in all (08-465 004 10, 010-123 45 67),
 * the same with +46 for the 0, or a short number of 3 to 6 digits starting with 1 (112, 1177, 113 13).
 * Spaces and dashes are kept as written; anything else is refused.
 */
export function cleanPhone(text: string | null | undefined): string | null {
  const value = cleanText(text ?? '', phoneField, true);
  if (!value) return null;
  const digits = value.replace(/[\s-]/g, '');
  const swedish = /^(?:0|\+46)[1-9]\d{5,8}$/.test(digits) || /^1\d{2,5}$/.test(digits);
  if (!/^\+?[\d\s-]+$/.test(value) || !swedish)
    throw badInput(
      `Telefon: skriv ett svenskt nummer med riktnummer, t.ex. 08-465 004 10, eller ett kortnummer som 1177 (du skrev ${JSON.stringify(value)}) / phone: a Swedish number (0 or +46 and 7 to 10 digits, or a short number)`,
    );
  return value;
}

/** An address of the form name@domain.tld, without spaces. */
export function cleanEmail(text: string | null | undefined): string | null {
  const value = cleanText(text ?? '', emailField, true);
  if (!value) return null;
  if (!/^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)*\.[A-Za-z]{2,}$/.test(value)) throw badInput(`E-post: skriv en adress som namn@kommun.se (du skrev ${JSON.stringify(value)}) / email: not an e-mail address`);
  return value;
}

/** Characters no address a family follows needs, which can hide where it leads or break out of a link. */
const unsafeInAddress = /[\\"'<>\s]/;

/**
 * An http or https address with a host name, stored as the browser would follow it (the parsed
 * `href`), so what the catalogue shows is where the link leads. The text itself must start with
 * `http://` or `https://` and the host, with no user part: `https:evil.test`, `//host` and
 * `https://@host` are refused rather than guessed at, and so are a backslash (which the parser
 * reads as a slash: `https://evil.test\@good.test` reads as good.test and leads to evil.test), quotes,
 * angle brackets and whitespace. No other scheme (javascript:, data:, file:) reaches a link.
 */
export function cleanWeb(text: string | null | undefined): string | null {
  const value = cleanText(text ?? '', webField, true);
  if (!value) return null;
  if (unsafeInAddress.test(value))
    throw badInput(
      `Webbadress: får inte innehålla mellanslag, citattecken, < > eller \\; kopiera adressen från webbläsarens adressfält (du skrev ${JSON.stringify(value)}) / web: no whitespace, quotes, angle brackets or backslashes`,
    );
  const authority = /^https?:\/\/([^/?#]+)/i.exec(value)?.[1];
  let url: URL | null = null;
  try {
    url = authority && !authority.includes('@') ? new URL(value) : null;
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname.includes('.') || url.username || url.password)
    throw badInput(`Webbadress: skriv en hel adress som börjar med https:// (du skrev ${JSON.stringify(value)}) / web: an http(s) address only`);
  return url.href;
}
