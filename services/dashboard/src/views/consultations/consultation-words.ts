import type { AgeBand, ConsultationEventKind, ConsultationOutcome, ConsultationPriority, ConsultationStatus } from '../../gql/graphql.js';

export const ageBands: AgeBand[] = ['UNDER_6', 'AGE_6_TO_9', 'AGE_10_TO_12', 'AGE_13_TO_15', 'AGE_16_TO_17'];
export const ageBandName: Record<AgeBand, string> = {
  UNDER_6: 'Under 6 år',
  AGE_6_TO_9: '6–9 år',
  AGE_10_TO_12: '10–12 år',
  AGE_13_TO_15: '13–15 år',
  AGE_16_TO_17: '16–17 år',
};

export const priorities: ConsultationPriority[] = ['HIGH', 'NORMAL', 'LOW'];
export const priorityName: Record<ConsultationPriority, string> = { HIGH: 'Hög', NORMAL: 'Normal', LOW: 'Låg' };

export const statusName: Record<ConsultationStatus, string> = {
  REQUESTED: 'Ny, inte prioriterad',
  PRIORITISED: 'Prioriterad, väntar på ett möte',
  SCHEDULED: 'På dagordningen',
  CONCLUDED: 'Avslutad',
};

export const outcomes: ConsultationOutcome[] = ['ADVICE_GIVEN', 'PROPOSED_FOR_COORDINATION', 'CLOSED_WITHOUT_ADVICE'];
export const outcomeName: Record<ConsultationOutcome, string> = {
  ADVICE_GIVEN: 'Råd gavs',
  PROPOSED_FOR_COORDINATION: 'Familjen föreslås samordning, med samtycke',
  CLOSED_WITHOUT_ADVICE: 'Avslutad utan råd',
};

export const eventName: Record<ConsultationEventKind, string> = {
  REQUESTED: 'Skickade frågan',
  PRIORITISED: 'Prioriterade',
  PLACED_ON_AGENDA: 'Satte på dagordningen',
  TAKEN_OFF_AGENDA: 'Tog bort från dagordningen',
  ADVICE_RECORDED: 'Skrev råd',
  OUTCOME_RECORDED: 'Skrev utfallet',
  BECAME_FAMILY: 'Kopplade till en familj i samordning',
};

/** 0 förskoleklass, 1–9 grundskolan, 10–12 gymnasiet. */
export const schoolYears = Array.from({ length: 13 }, (_, i) => i);
export const schoolYearName = (year: number) => (year === 0 ? 'Förskoleklass' : year <= 9 ? `Årskurs ${year}` : `Gymnasiet år ${year - 9}`);

/** The free-text limits the graph holds consultations to. */
export const consultationLimits = { question: 2000, schoolUnit: 200, reason: 500, note: 500, advice: 2000, outcomeNote: 2000 } as const;
