import type { TypedDocumentNode } from '@apollo/client';
import type { StatisticsFilter } from '../gql/graphql.js';
import type { Cell, Format } from './cell-in-words.js';

/** A figure with how it is written. */
export interface FigureCell {
  cell: Cell;
  format: Format;
  /** Words for a hidden figure that its reason alone would mis-say: one hidden with another figure carries that one's reason. */
  hiddenAs?: string | undefined;
}

/** One table of a group's answer: a row per thing counted, a column per figure of it. */
export interface FigureTable {
  caption: string;
  /** The first column's header: what the rows are. */
  rowHeader: string;
  columns: string[];
  /** null where a row has no such figure by its nature (contacts of the children without a contact). */
  rows: Array<{ header: string; cells: Array<FigureCell | null> }>;
}

/** One series drawn as bars; every bar is a figure of the tables, so the tables are its text alternative. */
export interface FigureChart {
  title: string;
  format: Format;
  bars: Array<{ label: string; cell: Cell }>;
}

/** A group's answer laid out: single figures first (e.g. the children counted), then its tables and a chart. */
export interface FigureView {
  facts: Array<{ label: string } & FigureCell>;
  tables: FigureTable[];
  chart: FigureChart | null;
}

/** The period and group every statistics answer echoes as the graph applied them. */
export interface Applied {
  from: string;
  to: string;
  municipality: string | null;
  teamId: string | null;
  threshold: number;
}

/**
 * A group of figures the analyst chooses: asked by one operation of its own (the gateway's cost
 * limit, one statistical release, and an agency's single call for only what is chosen), explained
 * in Swedish from the schema's descriptions, and laid out as tables and a chart.
 */
export interface FigureGroup<TData extends { statistics: Applied } = { statistics: Applied }> {
  id: string;
  name: string;
  /** Counted by an agency over the children whose follow-up consent covers it (docs/analysts.md, "Agency figures"). */
  countedByAgency: boolean;
  /** What the figures count and leave out, paragraph by paragraph. */
  explanation: string[];
  document: TypedDocumentNode<TData, { filter: StatisticsFilter }>;
  view(statistics: TData['statistics']): FigureView;
}

/** Lets groups of different answers share one list. */
export const figureGroup = <TData extends { statistics: Applied }>(group: FigureGroup<TData>) => group as unknown as FigureGroup;
