import type { Agency, OutcomeArea } from './types.js';

export interface SipAction {
  description: string;
  responsibleAgency: Agency;
}

/**
 * What a SIP's actions are, by the outcome area of the goal they serve, each with the agency that
 * carries it out: the school under the school goal (and its fritidshem under leisure), BUP and
 * social services under life at home, social services and the health centre's rehabilitation
 * coordinator under the parents' occupation. Five per area: an action is chosen by a draw of
 * one in five, the draw the seeded sequence was made with (builders.ts).
 */
export const sipActions: Record<OutcomeArea, readonly [SipAction, SipAction, SipAction, SipAction, SipAction]> = {
  HOME_LIFE: [
    { description: 'Familjebehandling i hemmet', responsibleAgency: 'SOCIAL_SERVICES' },
    { description: 'Samtal med BUP om barnets mående', responsibleAgency: 'HEALTH_CARE' },
    { description: 'Föräldrastöd i grupp', responsibleAgency: 'SOCIAL_SERVICES' },
    { description: 'Gemensamt hembesök om rutinerna hemma', responsibleAgency: 'SOCIAL_SERVICES' },
    { description: 'Råd från BUP till föräldrarna om sömn och rutiner', responsibleAgency: 'HEALTH_CARE' },
  ],
  SCHOOL: [
    { description: 'Anpassad skoldag', responsibleAgency: 'SCHOOL' },
    { description: 'Kartläggning av frånvaron', responsibleAgency: 'SCHOOL' },
    { description: 'Samtal med elevhälsan', responsibleAgency: 'SCHOOL' },
    { description: 'Extra anpassningar i klassrummet', responsibleAgency: 'SCHOOL' },
    { description: 'Mentorn följer upp närvaron varje vecka', responsibleAgency: 'SCHOOL' },
  ],
  LEISURE: [
    { description: 'Stöd i ansökan om fritidsaktivitet', responsibleAgency: 'SOCIAL_SERVICES' },
    { description: 'Kontaktperson för fritiden', responsibleAgency: 'SOCIAL_SERVICES' },
    { description: 'Plats på fritidshemmet', responsibleAgency: 'SCHOOL' },
    { description: 'Prova på-aktivitet med fritidsgården', responsibleAgency: 'SOCIAL_SERVICES' },
    { description: 'Kontaktfamilj en helg i månaden', responsibleAgency: 'SOCIAL_SERVICES' },
  ],
  PARENTS_OCCUPATION: [
    { description: 'Kontakt med arbetsförmedlingen', responsibleAgency: 'SOCIAL_SERVICES' },
    { description: 'Stöd att söka till sfi eller komvux', responsibleAgency: 'SOCIAL_SERVICES' },
    { description: 'Rehabkoordinatorn på vårdcentralen planerar återgång i arbete', responsibleAgency: 'HEALTH_CARE' },
    { description: 'Praktik genom arbetsmarknadsenheten', responsibleAgency: 'SOCIAL_SERVICES' },
    { description: 'Budget- och skuldrådgivning', responsibleAgency: 'SOCIAL_SERVICES' },
  ],
};

/**
 * The goal's actions from the drawn places in its area's list: one drawn twice gives the next
 * not yet taken, so a goal never holds the same action twice.
 */
export function actionsOf(area: OutcomeArea, drawn: readonly number[]): SipAction[] {
  const list = sipActions[area];
  const taken = new Set<number>();
  return drawn.map((place) => {
    let i = place % list.length;
    while (taken.has(i)) i = (i + 1) % list.length;
    taken.add(i);
    return list[i] as SipAction;
  });
}
