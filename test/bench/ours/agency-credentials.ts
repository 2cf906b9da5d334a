// What the agency subgraphs run as their own processes present to the simulators: each system's
// registered client as the variables credentialsFromEnv reads (docs/deploy.md), the same
// credentials startSystem hands its subgraphs in process.
import { type AgencyCredentials, agencies, agencyManifest, credentialVariables, type SectionField, sectionField } from '@lotsen/kit';

/** One system's credentials as the variables named after its URL's (SCHOOL_PLATFORM_URL gives SCHOOL_PLATFORM_CLIENT_ID, …). */
function variablesOf(urlVariable: string, credentials: AgencyCredentials): Record<string, string> {
  const names = credentialVariables(urlVariable);
  const { secret, assertionKey } = credentials;
  const values: Record<string, string | undefined> = {
    [names.clientId]: credentials.clientId,
    [names.tokenUrl]: credentials.tokenUrl,
    [names.smartConfigurationUrl]: credentials.smartConfigurationUrl,
    [names.scope]: credentials.scope,
    [names.clientSecret]: secret?.value,
    [names.authMethod]: secret?.method,
    [names.privateKey]: assertionKey ? String(assertionKey.key.export({ format: 'pem', type: 'pkcs8' })) : undefined,
    [names.keyId]: assertionKey?.kid,
  };
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** The credential variables of every agency system of the manifest. */
export function credentialEnv(credentials: Record<SectionField, AgencyCredentials>): Record<string, string> {
  return Object.assign({}, ...agencies.map((a) => variablesOf(agencyManifest[a].system.urlVariable, credentials[sectionField(a)])));
}
