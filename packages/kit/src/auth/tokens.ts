import { createHash, createPublicKey, createSecretKey, type KeyObject, type JsonWebKey } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { AppError, unauthenticated } from '../errors';
import type { AccessClaims, ServiceClaims } from './claims';

export interface Jwk extends JsonWebKey {
  kid: string;
  alg: 'RS256';
  use: 'sig';
}

/** Key id: a short thumbprint of the public key, stable for a key. */
export function keyId(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('base64url').slice(0, 16);
}

export function publicJwk(privateKeyPem: string): Jwk {
  const pub = createPublicKey(privateKeyPem);
  return { ...(pub.export({ format: 'jwk' }) as JsonWebKey), kid: keyId(pub), alg: 'RS256', use: 'sig' };
}

export interface TokenSettings {
  issuer: string;
  audience: string;
}

export function signAccessToken(
  claims: Omit<AccessClaims, 'exp' | 'iat'>,
  privateKeyPem: string,
  ttlSeconds: number,
  settings: TokenSettings,
): { token: string; expiresAt: Date } {
  const kid = keyId(createPublicKey(privateKeyPem));
  const token = jwt.sign({ ...claims }, privateKeyPem, {
    algorithm: 'RS256',
    keyid: kid,
    expiresIn: ttlSeconds,
    issuer: settings.issuer,
    audience: settings.audience,
  });
  const decoded = jwt.decode(token) as { exp: number };
  return { token, expiresAt: new Date(decoded.exp * 1000) };
}

/** Maps jsonwebtoken failures to typed errors; the client can tell "expired" from "invalid". */
export function tokenError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof jwt.TokenExpiredError) {
    return new AppError('UNAUTHENTICATED', 'Sua sessão expirou. Entre novamente.', { reason: 'TOKEN_EXPIRED' });
  }
  return new AppError('UNAUTHENTICATED', 'Token de acesso inválido.', { reason: 'TOKEN_INVALID' });
}

export function verifyWithKey(token: string, key: KeyObject | string, settings: TokenSettings): AccessClaims {
  try {
    const claims = jwt.verify(token, key, {
      algorithms: ['RS256'],
      issuer: settings.issuer,
      audience: settings.audience,
    }) as AccessClaims;
    if (!claims.sub || !claims.tid || !claims.role) throw unauthenticated('Token de acesso inválido.');
    return claims;
  } catch (err) {
    throw tokenError(err);
  }
}

const SERVICE_AUDIENCE = 'prumo-internal';

// jsonwebtoken treats a string secret as a possible PEM and parses it on every call (~0.3 ms);
// a KeyObject made once is ~50x cheaper, and every quota call signs and verifies one.
const secretKeys = new Map<string, KeyObject>();
function secretKey(secret: string): KeyObject {
  let key = secretKeys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    secretKeys.set(secret, key);
  }
  return key;
}

/** Short-lived HS256 token for calls between services (never accepted from the router). */
export function signServiceToken(secret: string, claims: Omit<ServiceClaims, 'exp'>, ttlSeconds = 60): string {
  return jwt.sign({ ...claims }, secretKey(secret), { algorithm: 'HS256', expiresIn: ttlSeconds, audience: SERVICE_AUDIENCE });
}

export function verifyServiceToken(secret: string, token: string): ServiceClaims {
  try {
    return jwt.verify(token, secretKey(secret), { algorithms: ['HS256'], audience: SERVICE_AUDIENCE }) as ServiceClaims;
  } catch (err) {
    throw tokenError(err);
  }
}

export function bearer(header: string | undefined | null): string | undefined {
  if (!header) return undefined;
  const m = /^Bearer\s+(.+)$/i.exec(header.trim());
  return m ? m[1] : undefined;
}
