/**
 * A child's personnummer or samordningsnummer as a coordinator types it, checked before it is
 * sent: twelve digits (a hyphen or space after the date is allowed), a real day of birth (for a
 * samordningsnummer the day plus 60) and the right check digit. The server checks it again and
 * reads everything else from folkbokföringen; this only spares a round trip for a typing slip.
 */
export type Checked = { ok: true; number: string } | { ok: false; problem: string };

export function checkPersonnummer(typed: string): Checked {
  const digits = typed.trim().replace(/^(\d{8})[-+ ]?(\d{4})$/, '$1$2');
  if (!/^\d{12}$/.test(digits)) return { ok: false, problem: 'skriv tolv siffror: år, månad, dag och de fyra sista (ÅÅÅÅMMDDNNNN).' };
  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  const rawDay = Number(digits.slice(6, 8));
  const day = rawDay > 60 ? rawDay - 60 : rawDay;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return { ok: false, problem: 'datumet i numret finns inte.' };
  if (!luhnHolds(digits.slice(2))) return { ok: false, problem: 'numret stämmer inte (kontrollsiffran). Kontrollera att alla siffror är rätt.' };
  return { ok: true, number: digits };
}

/** The check digit of a Swedish identity number: Luhn over the ten digits YYMMDDNNNC. */
function luhnHolds(ten: string): boolean {
  let sum = 0;
  for (let i = 0; i < ten.length; i++) {
    let d = Number(ten[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}
