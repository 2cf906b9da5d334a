import { randomBytes } from 'node:crypto';
import { derivedRecordKey, recordKeyModulus } from '@lotsen/kit';
import type { SimulatorControl } from './control.js';

/** What a system's statistics key secret is given as: bytes, or text (a test's fixed secret). */
export type StatisticsSecret = Uint8Array | string;

/** A secret for a system given none: its own, never written anywhere. */
export const freshSecret = (): Uint8Array => randomBytes(32);

/** What an agency system that counts for follow-up statistics is started with. */
export interface CountingSystemOptions {
  /** Its statistics key secret (a fresh one when absent: a test system's). */
  statisticsSecret?: StatisticsSecret;
  /** Its test double's control (counters, faults). */
  control?: SimulatorControl;
}

/** The most keys kept for people the system does not know; past it, the memory starts again. */
export const unknownKept = 1_000_000;

/**
 * A system's record keys (docs/agency-systems.md, "Record keys"): each person's derived once with
 * the system's secret. The people it holds records of get theirs when the system starts, kept in
 * its compact report records; a named child it does not know (counted in a cohort's size, never in
 * a cell of its records) is derived when first named and remembered, so a region's cohort asked
 * again costs a lookup per child and no hashing.
 */
export function recordKeys(secret: StatisticsSecret) {
  const unknown = new Map<string, number>();
  return {
    /** The key of a person the system holds: derived once, when the system starts. */
    derive: (personnummer: string) => derivedRecordKey(secret, personnummer),
    /** The key of anyone named, known or not: from memory after the first time. */
    of(personnummer: string): number {
      let key = unknown.get(personnummer);
      if (key === undefined) {
        if (unknown.size >= unknownKept) unknown.clear();
        key = derivedRecordKey(secret, personnummer);
        unknown.set(personnummer, key);
      }
      return key;
    },
  };
}

export type RecordKeys = ReturnType<typeof recordKeys>;

/** Adds a record key to a sum of keys, modulo 2³² (a key and a sum are each under 2³², so the sum is exact). */
export const plusKey = (sum: number, key: number) => (sum + key) % recordKeyModulus;
