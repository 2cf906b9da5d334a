/**
 * The free-text limits the graph holds to (its schema's descriptions), stated in each form and
 * kept by the fields, so that nothing typed is refused only after it is sent.
 */
export const textLimits = {
  summary: 2000,
  place: 200,
  comment: 2000,
  documentRef: 200,
  childView: 2000,
  reason: 500,
  closingReasonText: 500,
  participant: 200,
  planText: 2000,
  actionNote: 500,
  search: 100,
} as const;

/** A number as Swedish is written: 2 000. */
export const swedishNumber = (n: number) => n.toLocaleString('sv-SE');

/** Characters as a person counts them (an emoji is one). */
export const characters = (text: string) => [...text.trim()].length;

/** The limit as the form states it, under the field. */
export const limitHint = (max: number) => `Högst ${swedishNumber(max)} tecken.`;

/** What is wrong with a text over its limit, or null: "Högst 2 000 tecken (nu 2 345)." */
export function tooLong(text: string, max: number): string | null {
  const n = characters(text);
  return n > max ? `Högst ${swedishNumber(max)} tecken (nu ${swedishNumber(n)}).` : null;
}
