import { createPrivateKey, type JsonWebKeyInput, type KeyObject } from 'node:crypto';
import type { AssertionKey } from './credentials.js';

/**
 * A client's private key as configured: a JWK (JSON) or PEM (PKCS#8 or SEC1/PKCS#1). Its kind
 * picks the algorithm: RSA signs RS384, EC P-384 ES384, the two SMART Backend Services requires
 * every server to accept. Anything else is refused here, not at the first token request.
 */
export function assertionKeyOf(text: string, kid: string | undefined, variable: string): AssertionKey {
  let key: KeyObject;
  let jwkKid: string | undefined;
  try {
    if (text.trim().startsWith('{')) {
      const jwk = JSON.parse(text) as JsonWebKeyInput['key'] & { kid?: string };
      jwkKid = jwk.kid;
      key = createPrivateKey({ key: jwk, format: 'jwk' });
    } else key = createPrivateKey(text.replace(/\\n/g, '\n'));
  } catch {
    // The key's text is never repeated in an error.
    throw new Error(`${variable} is not a private key (a JWK as JSON, or PEM)`);
  }
  const alg = key.asymmetricKeyType === 'rsa' ? 'RS384' : key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'secp384r1' ? 'ES384' : null;
  if (!alg) throw new Error(`${variable} must be an RSA or EC P-384 key (SMART Backend Services' RS384 or ES384)`);
  const id = kid ?? jwkKid;
  return { key, alg, ...(id ? { kid: id } : {}) };
}
