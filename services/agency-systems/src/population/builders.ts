import { type Agency, agencies, agencyManifest, categoriesByAgency, type DataCategory, type DataSubject } from '@lotsen/kit';
import { addDays, addMonths, ageOn, birthDateOf, compareText, weekdayOnOrAfter, weekdayOnOrBefore } from './dates.js';
import type { MeetingDraft, RatingDraft, SipPlanDraft } from './draft.js';
import { IdentityNumbers } from './identity-numbers.js';
import { caseworkerNames, familyNames, femaleNames, maleNames } from './names.js';
import { Random } from './random.js';
import { actionsOf, type SipAction } from './sip-actions.js';
import type { Child, Consent, ConsentParty, Guardian, HealthRecord, OutcomeArea, Person, SchoolRecord, SocialRecord } from './types.js';

/** Every category of the agencies whose data is a child's, or a guardian's own (the agency manifest): a consent's widest scope. */
export const scopeAbout = (subject: DataSubject): Consent['scope'] =>
  agencies.filter((a) => agencyManifest[a].section.of === subject).map((agency) => ({ agency, categories: [...categoriesByAgency[agency]] as DataCategory[] }));

export const allScopes = (): Consent['scope'] => scopeAbout('CHILD');

export const outcomeAreas: OutcomeArea[] = ['HOME_LIFE', 'SCHOOL', 'LEISURE', 'PARENTS_OCCUPATION'];

const schoolUnits = [
  { name: 'Ekbackens förskola', code: '10000001', type: 'FS' as const },
  { name: 'Björkskolan F-6', code: '10000002', type: 'GR' as const },
  { name: 'Lindskolan 7-9', code: '10000003', type: 'GR' as const },
  { name: 'Stadsgymnasiet', code: '10000004', type: 'GY' as const },
];

export type ConsentShape = 'ACTIVE' | 'PENDING' | 'EXPIRED' | 'REVOKED';

/** Building blocks of the synthetic population; every choice comes from the seeded Random. */
export class Builders {
  readonly random: Random;
  readonly ids: IdentityNumbers;
  private readonly unitIds: string[];
  private serial = 0;

  constructor(
    readonly seed: number,
    readonly today: string,
  ) {
    this.random = new Random(seed);
    this.ids = new IdentityNumbers(this.random);
    this.unitIds = schoolUnits.map(() => this.random.uuid());
  }

  /** A person born in `birthYear`; a newly arrived person has a samordningsnummer, not a personnummer. */
  person(birthYear: number, familyName: string, spread = 0, newlyArrived = false): Person {
    const { personnummer, synthetic } = newlyArrived ? this.ids.takeCoordinationNumber(birthYear, spread) : this.ids.take(birthYear, spread);
    const sex = Number(personnummer[10]) % 2 === 0 ? 'FEMALE' : 'MALE';
    return {
      personnummer,
      givenName: this.random.pick(sex === 'FEMALE' ? femaleNames : maleNames),
      familyName,
      birthDate: birthDateOf(personnummer),
      sex,
      synthetic,
    };
  }

  familyName(): string {
    return this.random.pick(familyNames);
  }

  guardian(familyName: string, hasCustody: boolean, newlyArrived = false): Guardian {
    return { ...this.person(this.random.int(1972, 1996), familyName, 6, newlyArrived), hasCustody };
  }

  /** A child born `age` years before this year: `age` or `age - 1` years old today. */
  child(age: number, familyName: string, newlyArrived = false): Child {
    return this.person(Number(this.today.slice(0, 4)) - age, familyName, newlyArrived ? 2 : 0, newlyArrived);
  }

  age(child: Person): number {
    return ageOn(child.birthDate, this.today);
  }

  nextId(prefix: string): string {
    this.serial += 1;
    return `${prefix}-${String(this.serial).padStart(6, '0')}`;
  }

  schoolRecord(child: Person, opts: { specialSupport?: boolean } = {}): SchoolRecord {
    const age = this.age(child);
    const unitIndex = age < 6 ? 0 : age < 13 ? 1 : age < 16 ? 2 : 3;
    const unit = schoolUnits[unitIndex] as (typeof schoolUnits)[number];
    const schoolYear = unit.type === 'FS' ? null : unit.type === 'GY' ? Math.min(3, age - 15) : Math.max(0, age - 6);
    const termStart = `${Number(this.today.slice(0, 4)) - (this.today.slice(5) < '08-15' ? 1 : 0)}-08-15`;
    const offered = this.random.int(300, 500) * 60;
    const invalid = this.random.int(0, 40) * 60;
    const valid = this.random.int(0, 60) * 60;
    const supportMeasures: SchoolRecord['supportMeasures'] = [];
    if (opts.specialSupport || this.random.chance(0.2)) {
      supportMeasures.push({
        id: this.random.uuid(),
        kind: 'EXTRA_ADAPTATIONS',
        description: 'Anpassat schema och tydliggörande pedagogik',
        decidedOn: addDays(this.today, -this.random.int(60, 300)),
        actionProgramme: false,
      });
    }
    if (opts.specialSupport || this.random.chance(0.06)) {
      supportMeasures.push({
        id: this.random.uuid(),
        kind: 'SPECIAL_SUPPORT',
        description: 'Särskilt stöd i liten undervisningsgrupp',
        decidedOn: addDays(this.today, -this.random.int(10, 120)),
        actionProgramme: true,
      });
    }
    const contacts = this.random.int(0, opts.specialSupport ? 3 : 2);
    // The platform lists what it holds newest first, as the family's view shows it.
    supportMeasures.sort((a, b) => compareText(b.decidedOn, a.decidedOn));
    return {
      personId: this.random.uuid(),
      schoolUnit: { id: this.unitIds[unitIndex] as string, name: unit.name, code: unit.code },
      schoolType: unit.type,
      schoolYear,
      group: { id: this.random.uuid(), name: unit.type === 'FS' ? 'Avdelning Ekorren' : `${schoolYear ?? 0}${this.random.pick(['A', 'B', 'C'])}` },
      enroledSince: addDays(this.today, -this.random.int(100, 900)),
      attendance: { startDate: termStart, endDate: this.today, offeredMinutes: offered, attendedMinutes: offered - invalid - valid, validAbsenceMinutes: valid, invalidAbsenceMinutes: invalid },
      supportMeasures,
      studentHealthContacts: newestFirst(
        Array.from({ length: contacts }, () => ({
          id: this.random.uuid(),
          date: weekdayOnOrBefore(addDays(this.today, -this.random.int(5, 200))),
          profession: this.random.pick(['SCHOOL_NURSE', 'COUNSELLOR', 'PSYCHOLOGIST', 'SCHOOL_DOCTOR', 'SPECIAL_EDUCATOR'] as const),
          reason: this.random.pick(['Hälsosamtal', 'Oro för frånvaro', 'Stödsamtal', 'Utredning av inlärningssvårigheter']),
        })),
      ),
    };
  }

  socialRecord(opts: { familyTherapy?: boolean } = {}): SocialRecord {
    const openedOn = addDays(this.today, -this.random.int(30, 400));
    const kinds: SocialRecord['interventions'][number]['kind'][] = opts.familyTherapy
      ? ['FAMILY_THERAPY']
      : [this.random.pick(['FAMILY_THERAPY', 'HOUSING_SUPPORT', 'CONTACT_PERSON', 'CONTACT_FAMILY'] as const)];
    return {
      clientId: this.nextId('K'),
      cases: [
        {
          caseId: this.nextId('Ä'),
          subject: 'Barn och unga: stöd till familjen',
          openedOn,
          status: 'OPEN',
          caseworker: { name: this.random.pick(caseworkerNames), phone: `010-${this.random.int(100000, 999999)}` },
        },
      ],
      interventions: kinds.map((kind) => ({
        id: this.random.uuid(),
        kind,
        startDate: addDays(openedOn, this.random.int(5, 25)),
        endDate: null,
        provider: kind === 'FAMILY_THERAPY' ? 'Familjeteamet' : 'Öppenvården',
      })),
    };
  }

  healthRecord(opts: { neuropsychiatric?: boolean } = {}): HealthRecord {
    const bup = opts.neuropsychiatric || this.random.chance(0.4);
    const organisation = bup ? 'BUP' : this.random.pick(['Vårdcentralen Centrum', 'Habiliteringen']);
    const conditions: HealthRecord['conditions'] = [];
    if (opts.neuropsychiatric)
      conditions.push({ id: this.random.uuid(), code: 'F90.0', display: 'Aktivitets- och uppmärksamhetsstörning (ADHD)', recordedDate: addDays(this.today, -this.random.int(60, 500)) });
    else if (bup && this.random.chance(0.5))
      conditions.push({ id: this.random.uuid(), code: this.random.pick(['F84.0', 'F41.1', 'F32.1']), display: 'Diagnos inom BUP', recordedDate: addDays(this.today, -this.random.int(60, 500)) });
    return {
      patientId: this.random.uuid(),
      // Visits on weekdays: those that took place newest first, as the family's view lists them, booked ones soonest first.
      encounters: newestFirst(
        Array.from({ length: this.random.int(1, 4) }, () => ({
          id: this.random.uuid(),
          date: weekdayOnOrBefore(addDays(this.today, -this.random.int(5, 300))),
          organisation,
          kind: 'Besök',
          practitionerRole: bup ? 'Psykolog' : 'Sjuksköterska',
        })),
      ),
      appointments: Array.from({ length: this.random.int(0, 2) }, () => ({
        id: this.random.uuid(),
        start: `${weekdayOnOrAfter(addDays(this.today, this.random.int(3, 60)))}T${String(this.random.int(8, 15)).padStart(2, '0')}:00:00+01:00`,
        organisation,
        status: 'booked' as const,
        serviceType: bup ? 'Uppföljning BUP' : 'Återbesök',
      })).sort((a, b) => compareText(a.start, b.start)),
      conditions,
      careTeam: bup ? { id: this.random.uuid(), name: 'BUP-team', organisation } : null,
    };
  }

  /** One consent for a child, shaped to the lifecycle state wanted today. */
  consent(
    child: Person,
    guardians: Guardian[],
    teamId: string,
    coordinator: string,
    shape: ConsentShape,
    scope = allScopes(),
    opts: { missingGuardian?: number; childConsents?: boolean } = {},
  ): Consent {
    const validFrom = shape === 'EXPIRED' ? addDays(addMonths(this.today, -12), 0) : addDays(this.today, -this.random.int(10, 200));
    const validUntil = shape === 'EXPIRED' ? addDays(this.today, -1) : addDays(addMonths(validFrom, 12), -1);
    const decidedAt = `${validFrom}T10:00:00+01:00`;
    const method = this.random.pick(['WRITTEN', 'DIGITAL_SIGNATURE'] as const);
    const parties: ConsentParty[] = guardians
      .filter((g) => g.hasCustody)
      .map((g, i) => {
        const missing = (shape === 'PENDING' && (opts.missingGuardian ?? 1) === i) || false;
        return { personnummer: g.personnummer, role: 'GUARDIAN', decision: missing ? null : 'GIVEN', decidedAt: missing ? null : decidedAt, method: missing ? null : method };
      });
    if (this.age(child) >= 15) {
      const given = opts.childConsents ?? true;
      parties.push({ personnummer: child.personnummer, role: 'CHILD', decision: given ? 'GIVEN' : null, decidedAt: given ? decidedAt : null, method: given ? method : null });
    }
    const revoker = parties.find((p) => p.role === 'GUARDIAN');
    return {
      id: this.random.uuid(),
      childPersonnummer: child.personnummer,
      parties,
      scope,
      recipientTeamIds: [teamId],
      purpose: 'COORDINATION',
      validFrom,
      validUntil,
      evidence: { method, documentRef: this.nextId('DOK') },
      recordedAt: `${validFrom}T09:00:00+01:00`,
      recordedBy: coordinator,
      revocation:
        shape === 'REVOKED' && revoker
          ? { at: `${addDays(this.today, -5)}T14:00:00+01:00`, byPersonnummer: revoker.personnummer, reason: 'Vårdnadshavaren vill inte längre att uppgifter delas' }
          : null,
    };
  }

  /**
   * The consent to share the SIP (purpose SIP) with the agencies taking part, given with and like
   * a coordination consent: same parties, validity and scope, its own record.
   */
  sipConsent(coordination: Consent): Consent {
    return { ...coordination, id: this.random.uuid(), purpose: 'SIP', evidence: { ...coordination.evidence, documentRef: this.nextId('DOK') } };
  }

  /**
   * A SIP's content: its goals, two to four of the outcome areas, each with one to three actions
   * of the area (sip-actions.ts). When it was agreed is placed on the family's timeline
   * (place-in-time.ts); the draws below keep the order and ranges the seeded sequence was made
   * with, so that every record after stays as it was.
   */
  plan(childCount: number): SipPlanDraft {
    const areas = this.random.shuffle([...outcomeAreas]).slice(0, this.random.int(2, 4));
    const agencies: Agency[] = ['SCHOOL', 'SOCIAL_SERVICES', 'HEALTH_CARE'];
    const id = this.random.uuid();
    const leadAgency = this.random.pick(agencies);
    // 30-300 drawn: the SIP meeting two to fifteen weeks after the first meeting.
    const agreedAfterDays = 14 + Math.floor((this.random.int(30, 300) - 30) / 3);
    this.random.int(7, 60); // once the next follow-up, now the timeline's
    return {
      id,
      leadAgency,
      agreedAfterDays,
      participants: [
        { name: 'Vårdnadshavare', agency: null, role: 'Familj' },
        ...agencies.map((agency) => ({ name: `Kontaktperson ${agency === 'SCHOOL' ? 'skola' : agency === 'SOCIAL_SERVICES' ? 'socialtjänst' : 'region'}`, agency, role: 'Deltagare' })),
      ],
      goals: areas.map((area) => {
        const goalId = this.random.uuid();
        const drawn = Array.from({ length: this.random.int(1, Math.min(3, childCount + 1)) }, () => {
          const actionId = this.random.uuid();
          const place = this.random.int(0, 4);
          this.random.int(0, 2); // once an agency drawn beside the action; an action's own is its area's (sip-actions.ts)
          return { id: actionId, place, dueInDays: this.random.int(-20, 90), status: this.random.pick(['PLANNED', 'IN_PROGRESS', 'DONE'] as const), followUpInDays: this.random.int(10, 90) };
        });
        const actions = actionsOf(
          area,
          drawn.map((a) => a.place),
        );
        return { id: goalId, area, description: goalText[area], actions: drawn.map(({ place: _, ...a }, i) => ({ ...a, ...(actions[i] as SipAction) })) };
      }),
    };
  }

  /**
   * The coordination meetings with the family beside the rhythm's, one to four: the first is the
   * first meeting, when coordination begins. Their days are placed on the family's timeline.
   */
  meetings(): MeetingDraft[] {
    return Array.from({ length: this.random.int(1, 4) }, (_, i) => {
      const id = this.random.uuid();
      // Once the meeting's day and kind, now the timeline's.
      this.random.int(0, 10);
      if (i > 0) this.random.int(0, 1);
      return { id, agencies: (['SCHOOL', 'SOCIAL_SERVICES', 'HEALTH_CARE'] as const).filter(() => this.random.chance(0.7)) };
    });
  }

  /** One to three ratings of every outcome area, 1-5: the first at the start, the rest at follow-ups (place-in-time.ts). */
  followUps(): RatingDraft[] {
    return outcomeAreas.flatMap((area) => Array.from({ length: this.random.int(1, 3) }, () => ({ id: this.random.uuid(), area, rating: this.random.int(1, 5) })));
  }
}

/** Records by their day, the newest first; the sort is stable, so one day's keep their drawn order. */
function newestFirst<T extends { date: string }>(records: T[]): T[] {
  return records.sort((a, b) => compareText(b.date, a.date));
}

const goalText: Record<OutcomeArea, string> = {
  HOME_LIFE: 'Vardagen hemma fungerar med färre konflikter',
  SCHOOL: 'Barnen går till skolan och får det stöd de behöver',
  LEISURE: 'Barnen har en meningsfull fritidsaktivitet',
  PARENTS_OCCUPATION: 'Föräldrarna har sysselsättning, arbete eller studier',
};
