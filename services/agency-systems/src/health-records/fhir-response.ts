import { type HttpRequest, type HttpResponse, json } from '@lotsen/kit';
import type { FhirResource, OperationOutcome, OperationOutcomeIssue } from 'fhir/r4.js';

/** Every answer of the server, errors too, as FHIR's JSON format names it. */
export const fhirJson = (status: number, resource: FhirResource): HttpResponse => json(status, resource, { 'content-type': 'application/fhir+json' });

/** An error as FHIR answers one: an OperationOutcome whose issue says what is wrong, with the status FHIR's HTTP rules give it. */
export const outcome = (status: number, code: OperationOutcomeIssue['code'], diagnostics: string): HttpResponse =>
  fhirJson(status, { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, diagnostics }] } satisfies OperationOutcome);

/**
 * The server's base as its client reached it (`http://host:port/fhir`): the absolute URLs of
 * `fullUrl` and `Bundle.link` begin with it, as R4 wants them absolute.
 */
export const baseOf = (req: Pick<HttpRequest, 'headers'>): string => `http://${req.headers.host ?? 'localhost'}/fhir`;
