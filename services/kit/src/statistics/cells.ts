/**
 * A count or a mean as the schema's Count and Ratio cells: a withheld one says so and why, never
 * a silent null or 0; `perturbed` says whether the cell key method protects it (perturbed-cells.ts).
 */
export type FigureCell = { value: number | null; suppressed: boolean; reason: string | null; perturbed: boolean };
