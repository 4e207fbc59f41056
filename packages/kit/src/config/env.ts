import { z } from 'zod';
import { loadDevSecrets } from './secrets';

const bool = z
  .union([z.boolean(), z.string()])
  .transform((v) => (typeof v === 'boolean' ? v : ['1', 'true', 'yes', 'on'].includes(v.toLowerCase())));
const port = z.coerce.number().int().min(0).max(65535);

/** Variables every process reads. Defaults make `npm start` work with no configuration. */
export const baseEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_ADMIN_URL: z.string().default('postgres://postgres@127.0.0.1:5432/postgres'),
  DATABASE_NAME: z.string().regex(/^[a-z_][a-z0-9_]*$/).default('prumo'),
  DATABASE_OWNER_USER: z.string().default('prumo_owner'),
  DATABASE_OWNER_PASSWORD: z.string().default('prumo_owner_dev'),
  DATABASE_APP_USER: z.string().default('prumo_app'),
  DATABASE_APP_PASSWORD: z.string().default('prumo_app_dev'),
  DATABASE_HOST: z.string().default('127.0.0.1'),
  DATABASE_PORT: port.default(5432),
  DATABASE_POOL_MAX: z.coerce.number().int().positive().default(10),
  REDIS_URL: z.string().default('redis://127.0.0.1:6379'),
  /** Prefix of every Redis key and BullMQ queue (tests use a unique one per run). */
  REDIS_PREFIX: z.string().regex(/^[A-Za-z0-9_-]+$/).default('prumo'),
  DATA_DIR: z.string().default('.data'),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().optional(),
  JWT_PRIVATE_KEY: z.string().optional(),
  JWT_ISSUER: z.string().default('prumo-identity'),
  JWT_AUDIENCE: z.string().default('prumo'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().positive().default(30),
  SERVICE_TOKEN_SECRET: z.string().optional(),
  ROUTER_PORT: port.default(4000),
  ROUTER_PUBLIC_URL: z.string().default('http://localhost:4000'),
  IDENTITY_PORT: port.default(4101),
  IDENTITY_URL: z.string().default('http://127.0.0.1:4101'),
  BILLING_PORT: port.default(4102),
  BILLING_URL: z.string().default('http://127.0.0.1:4102'),
  DOCUMENTS_PORT: port.default(4103),
  DOCUMENTS_URL: z.string().default('http://127.0.0.1:4103'),
  LIMITS_PORT: port.default(4104),
  LIMITS_URL: z.string().default('http://127.0.0.1:4104'),
  MARKETPLACE_PORT: port.default(4105),
  MARKETPLACE_URL: z.string().default('http://127.0.0.1:4105'),
  FINANCE_PORT: port.default(4106),
  FINANCE_URL: z.string().default('http://127.0.0.1:4106'),
  ENERGY_PORT: port.default(4107),
  ENERGY_URL: z.string().default('http://127.0.0.1:4107'),
  AGENTS_PORT: port.default(4108),
  AGENTS_URL: z.string().default('http://127.0.0.1:4108'),
  CORS_ORIGINS: z.string().default('http://localhost:4000,http://localhost:5173'),
  RATE_LIMIT_IP_PER_MINUTE: z.coerce.number().int().positive().default(300),
  /** Per-account limits by plan code, requests per minute. */
  RATE_LIMITS_PER_MINUTE: z.string().default('free:60,pro:600,enterprise:3000'),
  /** Failed sign-ins per login and per IP in 15 minutes before sign-in is refused. */
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  ROUTER_BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_048_576),
  S3_BUCKET: z.string().optional(),
  S3_REGION: z.string().optional(),
  S3_ENDPOINT: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: bool.default(false),
  PROCESS_ROLE: z.enum(['server', 'worker', 'all']).default('all'),
  DEMO_SEED: bool.default(true),
});

export type BaseConfig = z.infer<typeof baseEnvSchema> & {
  /** Resolved secrets: from the environment, else from the generated dev file. */
  jwtPrivateKey: string;
  serviceTokenSecret: string;
};

export class ConfigError extends Error {}

/**
 * Validates the environment once at start. A wrong value stops the process with a list of every
 * problem (never the values themselves: they may be secrets).
 */
export function loadConfig<E extends z.ZodRawShape = {}>(
  extra?: E,
  env: NodeJS.ProcessEnv = process.env,
): BaseConfig & z.infer<z.ZodObject<E>> {
  const schema = extra ? baseEnvSchema.extend(extra) : baseEnvSchema;
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const data = parsed.data as z.infer<typeof baseEnvSchema>;
  const needsDev = !data.JWT_PRIVATE_KEY || !data.SERVICE_TOKEN_SECRET;
  const dev = needsDev ? loadDevSecrets(data.DATA_DIR, data.NODE_ENV) : undefined;
  return {
    ...(parsed.data as object),
    jwtPrivateKey: (data.JWT_PRIVATE_KEY ?? dev!.jwtPrivateKey).replace(/\\n/g, '\n'),
    serviceTokenSecret: data.SERVICE_TOKEN_SECRET ?? dev!.serviceTokenSecret,
  } as BaseConfig & z.infer<z.ZodObject<E>>;
}
