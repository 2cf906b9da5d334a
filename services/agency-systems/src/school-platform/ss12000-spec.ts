import { OpenApiValidation } from './openapi-validation.js';

/** What a route is checked with: the standard's document, or nothing when it is not at hand. */
export type Spec = Pick<OpenApiValidation, 'has' | 'checkRequest' | 'checkResponse'>;

/** No document: every operation is served and nothing is checked against the standard. */
const unchecked: Spec = { has: () => true, checkRequest: () => null, checkResponse: () => null };

const folder = new URL('../../spec/ss12000/', import.meta.url);
let standard: OpenApiValidation | undefined;
let extensions: OpenApiValidation | undefined;

/**
 * SS 12000 2.1.0 as SIS publishes it, read from the file LOTSEN_SS12000_OPENAPI_FILE names: SIS
 * gives the file no open licence, so it is not kept in this repository (docs/agency-systems.md,
 * "The school platform"). Without it the platform serves the same answers unchecked.
 */
export const ss12000File = (): string | undefined => process.env.LOTSEN_SS12000_OPENAPI_FILE || undefined;

export const ss12000 = (): Spec => {
  const file = ss12000File();
  if (!file) return unchecked;
  standard ??= new OpenApiValidation(file, 'ss12000');
  return standard;
};

/** The platform's local extensions under /v2.0/ext, described by Lotsen in the standard's style (spec/ss12000/lotsen-extensions.yaml). */
export const ss12000Extensions = (): OpenApiValidation => {
  extensions ??= new OpenApiValidation(new URL('lotsen-extensions.yaml', folder), 'lotsen-ss12000-extensions');
  return extensions;
};
