import { OpenApiValidation } from './openapi-validation.js';

const folder = new URL('../../spec/ss12000/', import.meta.url);
let standard: OpenApiValidation | undefined;
let extensions: OpenApiValidation | undefined;

/** SS 12000 2.1.0 as SIS publishes it (spec/ss12000/SOURCE.md), read when first asked and shared by every platform in the process. */
export const ss12000 = (): OpenApiValidation => {
  standard ??= new OpenApiValidation(new URL('openapi_ss12000_version2_1_0.yaml', folder), 'ss12000');
  return standard;
};

/** The platform's local extensions under /v2.0/ext, described by Lotsen in the standard's style (spec/ss12000/lotsen-extensions.yaml). */
export const ss12000Extensions = (): OpenApiValidation => {
  extensions ??= new OpenApiValidation(new URL('lotsen-extensions.yaml', folder), 'lotsen-ss12000-extensions');
  return extensions;
};
