import type { Consent, Reference } from 'fhir/r4.js';
import { stableShare } from '../population/stable-share.js';
import type { Population } from '../population/types.js';
import { type Known, organizationId } from './resources.js';

/**
 * Blocks (spärr) as the region's records keep them: an R4 `Consent` of scope patient-privacy for
 * the patient, active, whose provision denies (docs/consent.md, "Blocks at the agency"). A block
 * names a care unit (`provision.actor`, the unit as custodian of its records) or a kind of
 * information (`provision.class`, a FHIR resource type), as Inera's spärrtjänst and Denmark's
 * Min Spærring let a patient block a unit's records or a kind of them from other units.
 */
export type Block = { unit: string } | { resourceType: 'Condition' | 'Encounter' | 'Appointment' };

/** The share of the children with records outside the archetype families who have a block. */
const blockedShare = 0.05;
const blockedTypes = ['Condition', 'Encounter', 'Appointment'] as const;

/**
 * The seeded blocks, the same on every machine: a child with records, of a family that is not one
 * of the README's archetypes (whose sections the tests and the tour rely on), is blocked when a
 * share fixed by the population's seed and the child's number falls under `blockedShare`; every
 * other such child blocks the unit of their first care contact, the rest a kind of information.
 */
export function seededBlocks(population: Population, patients: ReadonlyMap<string, Known>): Map<string, Block[]> {
  const archetypes = new Set(population.families.filter((f) => f.archetype !== null).flatMap((f) => f.children.map((c) => c.personnummer)));
  const blocks = new Map<string, Block[]>();
  for (const [pnr, child] of patients) {
    if (archetypes.has(pnr)) continue;
    const share = stableShare(population.seed, `sparr|${pnr}`) / blockedShare;
    if (share >= 1) continue;
    const unit = child.health.encounters[0]?.organisation;
    const resourceType = blockedTypes[Math.floor(share * 2 * blockedTypes.length) % blockedTypes.length] as (typeof blockedTypes)[number];
    blocks.set(pnr, [unit && share < 0.5 ? { unit } : { resourceType }]);
  }
  return blocks;
}

const privacy = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy', display: 'Privacy Consent' }] };
const patientConsent = [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }];
/** The custodian of the records: the unit whose records the block holds back from the others. */
const custodian = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'CST', display: 'custodian' }] };

/** One block as the Consent the region records it in. */
export function blockConsent(id: string, patient: Reference, block: Block, dateTime: string): Consent & { id: string } {
  const provision: Consent['provision'] =
    'unit' in block
      ? { type: 'deny', actor: [{ role: custodian, reference: { reference: `Organization/${organizationId(block.unit)}`, display: block.unit } }] }
      : { type: 'deny', class: [{ system: 'http://hl7.org/fhir/resource-types', code: block.resourceType }] };
  return {
    resourceType: 'Consent',
    id,
    status: 'active',
    scope: privacy,
    category: patientConsent,
    patient,
    dateTime,
    policyRule: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTOUT', display: 'opt-out' }], text: 'Spärr enligt patientdatalagen' },
    provision,
  };
}
