import { createHash } from 'node:crypto';
import { z } from 'zod';
import { loadDevSecrets, type BaseConfig } from '@prumo/kit';

/** Energy's own variables (the base config is kit's). Every one is in .env.example with its default. */
const blankIsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const energyEnvSchema = z.object({
  /** The utility portal the robot drives; by default the simulated portal `npm start` runs. */
  ENERGY_PORTAL_URL: z.preprocess(blankIsUnset, z.string().url().default('http://127.0.0.1:4200')),
  /** Browser contexts per worker (the bound on parallel portal pages). */
  ENERGY_ROBOT_CONTEXTS: z.coerce.number().int().min(1).max(16).default(2),
  /** Debian's Chromium; Playwright never downloads a browser. */
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  /** AES-256 key (64 hex chars) for portal sessions at rest; dev: the generated key of DATA_DIR/secrets.json. */
  ENERGY_SESSION_KEY: z.preprocess(blankIsUnset, z.string().regex(/^[0-9a-fA-F]{64}$/, 'ENERGY_SESSION_KEY must be 64 hex characters').optional()),
  /** How long startPortalLogin/confirmPortalLogin wait for the robot's answer. */
  ENERGY_LOGIN_TIMEOUT_MS: z.coerce.number().int().positive().default(45_000),
  /** Attempts per portal page on a 5xx (with exponential backoff). */
  ENERGY_PAGE_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(4),
  ENERGY_RETRY_BASE_MS: z.coerce.number().int().min(0).default(150),
});

export type EnergyConfig = z.infer<typeof energyEnvSchema> & { sessionKey: Buffer };

export function loadEnergyConfig(base: BaseConfig, env: NodeJS.ProcessEnv): EnergyConfig {
  const parsed = energyEnvSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid energy configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  let key: Buffer;
  if (parsed.data.ENERGY_SESSION_KEY) key = Buffer.from(parsed.data.ENERGY_SESSION_KEY, 'hex');
  else if (base.NODE_ENV === 'production') throw new Error('ENERGY_SESSION_KEY must be set in production');
  else {
    // The dev secrets file carries a generated AES key; older files without it derive one from the
    // service secret (still per machine, never a constant in the code).
    const dev = loadDevSecrets(base.DATA_DIR, base.NODE_ENV) as { encryptionKey?: string };
    key = dev.encryptionKey && /^[0-9a-f]{64}$/i.test(dev.encryptionKey)
      ? Buffer.from(dev.encryptionKey, 'hex')
      : createHash('sha256').update(`energy-session:${base.serviceTokenSecret}`).digest();
  }
  return { ...parsed.data, sessionKey: key };
}
