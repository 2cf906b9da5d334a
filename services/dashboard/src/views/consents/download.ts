import { type FhirChild, fhirFileName, toFhirConsent } from '../../fhir/to-fhir-consent.js';
import type { Consent } from './types.js';

/** Saves the consent as an HL7 FHIR R4 Consent resource (samtycke-<id>.fhir.json). */
export function downloadFhirConsent(consent: Consent, child: FhirChild): void {
  const blob = new Blob([`${JSON.stringify(toFhirConsent(consent, child), null, 2)}\n`], { type: 'application/fhir+json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fhirFileName(consent.id);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
