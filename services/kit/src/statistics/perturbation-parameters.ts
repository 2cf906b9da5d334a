/**
 * The cell key method's parameters (docs/analysts.md, "Differencing"): D, the most a published
 * count differs from the true one, and V, the variance of that difference. D = 4 keeps a
 * published count within four of the truth; V = 3 (a standard deviation of 1.7) is what makes a
 * difference of two cells of a few people unreadable, while a figure of a hundred is off by 2 %
 * at most. The table in perturbation-table-values.ts is generated from these.
 */
export const chosenParameters = { maxDeviation: 4, variance: 3 } as const;
