/** What the server tells the app at start (GET /app-config.json): where to sign in. */
export interface AppConfig {
  issuer: string;
  clientId: string;
}

export async function loadAppConfig(): Promise<AppConfig> {
  const response = await fetch('/app-config.json', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`app-config.json: ${response.status}`);
  const config = (await response.json()) as Partial<AppConfig>;
  if (typeof config.issuer !== 'string' || typeof config.clientId !== 'string') throw new Error('app-config.json saknar issuer eller clientId');
  return { issuer: config.issuer, clientId: config.clientId };
}
