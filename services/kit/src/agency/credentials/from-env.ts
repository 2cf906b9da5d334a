import type { AgencyCredentials, SecretMethod } from './credentials.js';
import { assertionKeyOf } from './private-key.js';

const secretMethods: readonly SecretMethod[] = ['client_secret_basic', 'client_secret_post'];

/** What the FHIR adapters read under the system's URL, where SMART puts its discovery document. */
export const smartConfigurationPath = '/fhir/.well-known/smart-configuration';

/** The credential variables of an agency system whose URL is in `<PREFIX>_URL` (SCHOOL_PLATFORM_URL gives SCHOOL_PLATFORM_…). */
export const credentialVariables = (systemVariable: string) => {
  const prefix = systemVariable.replace(/_URL$/, '');
  if (prefix === systemVariable || prefix === '') throw new Error(`an agency system's variable ends in _URL, got '${systemVariable}'`);
  return {
    clientId: `${prefix}_CLIENT_ID`,
    clientSecret: `${prefix}_CLIENT_SECRET`,
    authMethod: `${prefix}_CLIENT_AUTH_METHOD`,
    tokenUrl: `${prefix}_TOKEN_URL`,
    smartConfigurationUrl: `${prefix}_SMART_CONFIGURATION_URL`,
    scope: `${prefix}_SCOPE`,
    privateKey: `${prefix}_PRIVATE_KEY`,
    keyId: `${prefix}_KEY_ID`,
  };
};

/**
 * An agency system's client credentials from the variables named after its URL's variable
 * (docs/security.md, "Agency systems' credentials"). None set: none sent. A client id with
 * neither a secret nor a key, a variable set without a client id, or a token endpoint that can
 * be neither read nor found is refused at start, not at the first request.
 */
export function credentialsFromEnv(systemVariable: string, systemUrl: string, environment: NodeJS.ProcessEnv = process.env): AgencyCredentials | undefined {
  const names = credentialVariables(systemVariable);
  const read = (name: string) => {
    const value = environment[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const clientId = read(names.clientId);
  if (!clientId) {
    const stray = Object.values(names).filter((n) => read(n) !== undefined);
    if (stray.length > 0) throw new Error(`${stray.join(', ')} set without ${names.clientId}`);
    return undefined;
  }
  const secret = read(names.clientSecret);
  const privateKey = read(names.privateKey);
  if (!secret && !privateKey) throw new Error(`${names.clientId} needs ${names.clientSecret} or ${names.privateKey}`);
  const method = read(names.authMethod) ?? 'client_secret_basic';
  if (!secretMethods.includes(method as SecretMethod)) throw new Error(`${names.authMethod} must be ${secretMethods.join(' or ')}, got '${method}'`);
  const tokenUrl = read(names.tokenUrl);
  const discovery = read(names.smartConfigurationUrl) ?? (privateKey ? `${systemUrl.replace(/\/$/, '')}${smartConfigurationPath}` : undefined);
  if (!tokenUrl && !discovery) throw new Error(`${names.clientId} needs ${names.tokenUrl} (or, for a FHIR server, ${names.smartConfigurationUrl})`);
  for (const [name, url] of [
    [names.tokenUrl, tokenUrl],
    [names.smartConfigurationUrl, discovery],
  ] as const) {
    if (url && !URL.canParse(url)) throw new Error(`${name} must be a URL, got '${url}'`);
  }
  const scope = read(names.scope);
  const keyId = read(names.keyId);
  return {
    clientId,
    ...(tokenUrl ? { tokenUrl } : { smartConfigurationUrl: discovery as string }),
    ...(scope ? { scope } : {}),
    ...(secret ? { secret: { value: secret, method: method as SecretMethod } } : {}),
    ...(privateKey ? { assertionKey: assertionKeyOf(privateKey, keyId, names.privateKey) } : {}),
  };
}
