import { randomUUID } from 'node:crypto';
import { createHttpClient, createLogger } from '@lotsen/kit';
import { LRUCache } from 'lru-cache';
import { fromFolkbokforingspost, noticesAnswer, parseAnswer } from './navet-personpost.js';
import { type PopulationRegister, populationRegisterClient, type RegisterPerson } from './population-register.js';

export interface RegisterCopyOptions {
  /** How long one poll for change notices is held open by the register, in seconds. */
  waitSeconds?: number;
  /** The copy is not used once the register has not answered a poll for this long. */
  staleAfterMs?: number;
  /** Persons kept; one read afresh after being dropped costs a lookup, nothing else. */
  max?: number;
  /** How persons are read from the register (the REST client unless given). */
  reader?: RegisterReader;
}

/** Reads persons from the register with the change sequence number the answer is current at. */
export type RegisterReader = ReturnType<typeof populationRegisterClient>;

type Kept = { sequence: number; person: RegisterPerson };

/**
 * Custody without asking the register for every request (docs/consent.md, "Custody"): the persons
 * coordination has read are kept, each with the register's change sequence number it is current
 * at, and moved by the register's change notices (aviseringar), polled with the last number
 * applied. A person read at a number older than the last notice applied is used for that request
 * and not kept (a notice about them may have passed before they were followed). The copy is used
 * only while the notices flow: when a poll fails or the register has not answered within
 * `staleAfterMs`, the copy is emptied and every lookup asks the register, which failing, nothing
 * resting on custody is decided.
 */
export class RegisterCopy implements PopulationRegister {
  private readonly kept: LRUCache<string, Kept>;
  private readonly client: RegisterReader;
  private readonly polls: ReturnType<typeof createHttpClient>;
  private readonly subscriber = randomUUID();
  private readonly waitSeconds: number;
  private readonly staleAfterMs: number;
  private readonly stopped = new AbortController();
  private readonly log = createLogger('register-copy');
  /** The last change notice applied; null while not following. */
  private applied: number | null = null;
  private heardAt = 0;
  private readonly following: Promise<void>;

  constructor(baseUrl: string, options: RegisterCopyOptions = {}) {
    this.waitSeconds = options.waitSeconds ?? 10;
    this.staleAfterMs = options.staleAfterMs ?? (this.waitSeconds + 5) * 1000;
    this.kept = new LRUCache({ max: options.max ?? 50_000 });
    this.client = options.reader ?? populationRegisterClient(baseUrl);
    this.polls = createHttpClient(baseUrl, this.waitSeconds * 1000 + 5000);
    this.following = this.follow();
  }

  /** Whether the copy may be used: following, and heard from recently. */
  current(): boolean {
    return this.applied !== null && Date.now() - this.heardAt < this.staleAfterMs;
  }

  async lookup(personnummer: readonly string[]): Promise<Map<string, RegisterPerson>> {
    if (!this.current()) return this.client.lookup(personnummer);
    const found = new Map<string, RegisterPerson>();
    const missing: string[] = [];
    for (const p of new Set(personnummer)) {
      const kept = this.kept.get(p);
      if (kept) found.set(p, kept.person);
      else missing.push(p);
    }
    if (missing.length === 0) return found;
    const applied = this.applied;
    const read = await this.client.read(missing);
    for (const [p, person] of read.persons) {
      found.set(p, person);
      if (read.sequence !== null && applied !== null && read.sequence >= applied && this.applied === applied) this.keep(p, { sequence: read.sequence, person });
    }
    return found;
  }

  ready(): Promise<boolean> {
    return this.client.ready();
  }

  state(): Record<string, boolean> {
    return { registerCopy: this.current() };
  }

  async close(): Promise<void> {
    this.stopped.abort();
    await this.following;
  }

  private keep(p: string, kept: Kept): void {
    const known = this.kept.get(p);
    if (!known || known.sequence < kept.sequence) this.kept.set(p, kept);
  }

  /** Polls for change notices until closed; any failure empties the copy and starts over. */
  private async follow(): Promise<void> {
    while (!this.stopped.signal.aborted) {
      try {
        const first = this.applied === null;
        const { data: answer } = await this.polls.get<unknown>('/navet/v1/aviseringar', {
          params: { ...(first ? {} : { efter: this.applied }), vanta: first ? 0 : this.waitSeconds, prenumerant: this.subscriber },
          signal: this.stopped.signal,
        });
        const data = parseAnswer(noticesAnswer, answer, 'change notices');
        for (const notice of data.aviseringar) {
          const p = notice.folkbokforingspost.Personpost.PersonId.PersonNr;
          if (this.kept.has(p)) this.keep(p, { sequence: notice.sekvensnummer, person: fromFolkbokforingspost(notice.folkbokforingspost) });
        }
        this.applied = data.sekvensnummer;
        this.heardAt = Date.now();
      } catch (error) {
        const wasFollowing = this.applied !== null;
        this.applied = null;
        this.kept.clear();
        if (this.stopped.signal.aborted) return;
        if (wasFollowing)
          this.log.warn(
            { err: error instanceof Error ? error.message : String(error) },
            'change notices from the population register stopped; asking the register for every request until they flow again',
          );
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  }
}
