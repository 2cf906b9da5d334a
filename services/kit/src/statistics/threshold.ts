/**
 * The threshold of the follow-up statistics (docs/analysts.md): a published count under it is not
 * shown, and a mean or share over a published base under it is withheld.
 */

/** The smallest count shown; the policy never lets it go below three. */
export const minimumThreshold = 3;

export function checkThreshold(threshold: number): number {
  if (!Number.isInteger(threshold) || threshold < minimumThreshold) throw new Error(`the statistics threshold is an integer of at least ${minimumThreshold}, not ${threshold}`);
  return threshold;
}
