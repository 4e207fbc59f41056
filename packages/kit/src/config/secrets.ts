import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface DevSecrets {
  jwtPrivateKey: string;
  serviceTokenSecret: string;
  /** AES-256 key (hex) for data encrypted at rest, e.g. portal sessions. */
  encryptionKey: string;
}

/**
 * Generated once per machine into DATA_DIR/secrets.json so `npm start` needs no keys. Refused in
 * production: there the variables must be set.
 */
export function loadDevSecrets(dataDir: string, nodeEnv: string): DevSecrets {
  if (nodeEnv === 'production') {
    throw new Error('JWT_PRIVATE_KEY and SERVICE_TOKEN_SECRET must be set in production');
  }
  const file = resolve(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DevSecrets;
  const secrets = generateDevSecrets();
  mkdirSync(dirname(file), { recursive: true });
  try {
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600, flag: 'wx' });
    return secrets;
  } catch (err) {
    // Another process won the race: use its file so every process shares one key.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return JSON.parse(readFileSync(file, 'utf8')) as DevSecrets;
    throw err;
  }
}

export function generateDevSecrets(): DevSecrets {
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return {
    jwtPrivateKey: privateKey,
    serviceTokenSecret: randomBytes(32).toString('hex'),
    encryptionKey: randomBytes(32).toString('hex'),
  };
}
