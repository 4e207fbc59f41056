// Docker cannot run in CI, so compose.yaml, the Dockerfiles and the nginx config are checked here
// against the code: the subgraph list and ports (packages/kit/src/config/services.ts), the entry
// files, .env.example, and the rules of DESIGN.md (healthchecks, ordered start-up, pgvector,
// Redis noeviction, WebSocket proxying).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { SUBGRAPHS, ROUTER_PORT, subgraphPortEnv } from '../../packages/kit/src/config/services';

const ROOT = resolve(__dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const exists = (path: string) => existsSync(join(ROOT, path));

interface Healthcheck {
  test?: string | string[];
  disable?: boolean;
}
interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string; target?: string };
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: (string | number | { target: number; published?: number | string })[];
  expose?: (string | number)[];
  healthcheck?: Healthcheck;
  depends_on?: string[] | Record<string, { condition?: string }>;
  volumes?: (string | { type?: string; source?: string; target?: string })[];
  restart?: string;
}
interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const composeText = read('compose.yaml');
// Compose resolves YAML merge keys (`<<: *anchor`); so must we.
const compose = parse(composeText, { merge: true }) as Compose;
const services = compose.services ?? {};

const NODE_DOCKERFILE = 'docker/node.Dockerfile';
const CLIENT_DOCKERFILE = 'docker/client.Dockerfile';
/** Variables compose interpolates that only compose uses (no process reads them). */
const COMPOSE_ONLY_VARS = new Set(['POSTGRES_PASSWORD']);

function envOf(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const i = entry.indexOf('=');
        return i < 0 ? [entry, ''] : [entry.slice(0, i), entry.slice(i + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v == null ? '' : String(v)]));
}

function commandOf(service: Service): string[] {
  const cmd = service.command ?? [];
  return Array.isArray(cmd) ? cmd.map(String) : cmd.split(/\s+/).filter(Boolean);
}

function healthTest(service: Service): string {
  const test = service.healthcheck?.test ?? [];
  return Array.isArray(test) ? test.join(' ') : test;
}

function dependsOn(service: Service): Record<string, { condition?: string }> {
  const deps = service.depends_on ?? {};
  // The list form has no condition: represent it as such so the condition checks fail.
  return Array.isArray(deps) ? Object.fromEntries(deps.map((d) => [d, {}])) : deps;
}

function buildOf(service: Service): { context: string; dockerfile: string } | undefined {
  if (!service.build) return undefined;
  if (typeof service.build === 'string') return { context: service.build, dockerfile: 'Dockerfile' };
  return { context: service.build.context ?? '.', dockerfile: service.build.dockerfile ?? 'Dockerfile' };
}

/** Container ports a service offers to the compose network (expose + the target side of ports). */
function containerPorts(service: Service): number[] {
  const fromPorts = (service.ports ?? []).map((p) => {
    if (typeof p === 'object') return Number(p.target);
    const spec = String(p).split('/')[0];
    return Number(spec.split(':').pop());
  });
  return [...(service.expose ?? []).map(Number), ...fromPorts];
}

function publishedPorts(service: Service): number[] {
  return (service.ports ?? []).flatMap((p) => {
    if (typeof p === 'object') return p.published === undefined ? [] : [Number(p.published)];
    const parts = String(p).split('/')[0].split(':');
    return parts.length >= 2 ? [Number(parts[parts.length - 2])] : [];
  });
}

const nodeServices = Object.entries(services).filter(([, s]) => buildOf(s)?.dockerfile === NODE_DOCKERFILE);
/** One-shot services: what others wait for with service_completed_successfully. */
const oneShot = new Set(
  Object.values(services).flatMap((s) =>
    Object.entries(dependsOn(s))
      .filter(([, d]) => d.condition === 'service_completed_successfully')
      .map(([name]) => name),
  ),
);
const longRunning = Object.entries(services).filter(([name]) => !oneShot.has(name));

function envExampleKeys(): Set<string> {
  return new Set(
    read('.env.example')
      .split('\n')
      .map((line) => /^([A-Z][A-Z0-9_]*)=/.exec(line.trim())?.[1])
      .filter((k): k is string => Boolean(k)),
  );
}

/** `node path/to/file.js` -> the file the TypeScript build compiles it from (or the JS file itself). */
function entrySource(command: string[]): string | undefined {
  const script = command.find((arg) => /\.(c|m)?js$/.test(arg));
  if (!script) return undefined;
  const m = /^(.*)\/dist\/(.*)\.js$/.exec(script);
  return m ? `${m[1]}/src/${m[2]}.ts` : script;
}

/** The image of a Dockerfile's stage, with `ARG NAME=default` substituted. */
function dockerStages(path: string): { from: string; name: string | null; body: string }[] {
  const text = read(path);
  const args = Object.fromEntries(
    [...text.matchAll(/^ARG\s+([A-Za-z_][A-Za-z0-9_]*)=(\S+)/gm)].map((m) => [m[1], m[2]]),
  );
  const parts = text.split(/^FROM\s+/m).slice(1);
  return parts.map((part) => {
    const image = part.split(/\s/)[0].replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_, n: string) => args[n] ?? '');
    const name = /^\S+\s+AS\s+(\S+)/i.exec(part)?.[1] ?? null;
    return { from: image, name, body: part };
  });
}

describe('compose.yaml: the subgraphs match packages/kit/src/config/services.ts', () => {
  it('lists at least one subgraph (the test is not vacuous)', () => {
    expect(SUBGRAPHS.length).toBeGreaterThan(0);
  });

  describe.each(SUBGRAPHS.map((s) => [s.name, s] as const))('%s', (name, sub) => {
    const portEnv = subgraphPortEnv(sub.name);

    it('has a server service running its entry with PROCESS_ROLE=server on its port', () => {
      const server = services[name];
      expect(server).toBeDefined();
      expect(buildOf(server)?.dockerfile).toBe(NODE_DOCKERFILE);
      expect(commandOf(server)).toEqual(['node', `subgraphs/${name}/dist/main.js`]);
      const env = envOf(server);
      expect(env.PROCESS_ROLE).toBe('server');
      expect(env[portEnv]).toBe(String(sub.port));
      expect(containerPorts(server)).toContain(sub.port);
      expect(healthTest(server)).toContain(`127.0.0.1:${sub.port}/`);
    });

    it(sub.hasWorker ? 'has a worker service with PROCESS_ROLE=worker' : 'has no worker service', () => {
      const worker = services[`${name}-worker`];
      if (!sub.hasWorker) {
        expect(worker).toBeUndefined();
        return;
      }
      expect(worker).toBeDefined();
      expect(buildOf(worker)?.dockerfile).toBe(NODE_DOCKERFILE);
      expect(commandOf(worker)).toEqual(['node', `subgraphs/${name}/dist/main.js`]);
      const env = envOf(worker);
      expect(env.PROCESS_ROLE).toBe('worker');
      expect(env[portEnv]).toBe(String(sub.port));
      expect(healthTest(worker)).toContain(`127.0.0.1:${sub.port}/`);
    });

    it('has its TypeScript entry at subgraphs/<name>/src/main.ts', () => {
      expect(exists(`subgraphs/${name}/src/main.ts`)).toBe(true);
    });

    it('is reachable by the router at its <NAME>_URL', () => {
      const router = envOf(services.router ?? {});
      expect(router[sub.urlEnv]).toBe(`http://${name}:${sub.port}`);
      expect(dependsOn(services.router ?? {})[name]?.condition).toBe('service_healthy');
    });
  });

  it('runs no subgraph that services.ts does not list', () => {
    const known = new Set<string>(SUBGRAPHS.map((s) => s.name));
    for (const [serviceName, service] of Object.entries(services)) {
      const m = /^subgraphs\/([^/]+)\/dist\/main\.js$/.exec(commandOf(service).find((a) => a.endsWith('.js')) ?? '');
      if (!m) continue;
      expect({ service: serviceName, subgraph: m[1], listed: known.has(m[1]) }).toEqual({
        service: serviceName,
        subgraph: m[1],
        listed: true,
      });
      expect([m[1], `${m[1]}-worker`]).toContain(serviceName);
    }
  });
});

describe('compose.yaml: router, migrate and client', () => {
  it('runs the router on ROUTER_PORT, published, healthy on /ready', () => {
    const router = services.router;
    expect(router).toBeDefined();
    expect(buildOf(router)?.dockerfile).toBe(NODE_DOCKERFILE);
    expect(commandOf(router)).toEqual(['node', 'router/dist/main.js']);
    expect(envOf(router).ROUTER_PORT).toBe(String(ROUTER_PORT));
    expect(containerPorts(router)).toContain(ROUTER_PORT);
    expect(healthTest(router)).toContain(`127.0.0.1:${ROUTER_PORT}/ready`);
  });

  it('gives every Node process the same subgraph URLs', () => {
    for (const [name, service] of nodeServices) {
      const env = envOf(service);
      for (const sub of SUBGRAPHS) expect({ name, url: env[sub.urlEnv] }).toEqual({ name, url: `http://${sub.name}:${sub.port}` });
    }
  });

  it('points every http://host:port value at a service that offers that port', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const [key, value] of Object.entries(envOf(service))) {
        const m = /^https?:\/\/([a-z0-9-]+):(\d+)(\/|$)/.exec(value);
        if (!m || m[1] === 'localhost' || m[1] === '127.0.0.1') continue;
        const target = services[m[1]];
        expect({ name, key, target: m[1], exists: Boolean(target) }).toEqual({ name, key, target: m[1], exists: true });
        expect(containerPorts(target)).toContain(Number(m[2]));
      }
    }
  });

  it('has a one-shot migrate service running scripts/bootstrap-db.js after postgres is healthy', () => {
    const migrate = services.migrate;
    expect(migrate).toBeDefined();
    expect(buildOf(migrate)?.dockerfile).toBe(NODE_DOCKERFILE);
    expect(commandOf(migrate)).toEqual(['node', 'scripts/bootstrap-db.js']);
    expect(migrate.restart).toBe('no');
    expect(dependsOn(migrate).postgres?.condition).toBe('service_healthy');
    const env = envOf(migrate);
    for (const key of ['DATABASE_ADMIN_URL', 'DATABASE_NAME', 'DATABASE_OWNER_USER', 'DATABASE_APP_USER']) {
      expect(env[key]).toBeTruthy();
    }
    expect(env.DATABASE_ADMIN_URL).toMatch(/@postgres:5432\//);
  });

  it('starts every other Node process after migrate succeeded and redis is healthy', () => {
    const others = nodeServices.filter(([name]) => name !== 'migrate');
    expect(others.length).toBeGreaterThan(SUBGRAPHS.length);
    for (const [name, service] of others) {
      const deps = dependsOn(service);
      expect({ name, migrate: deps.migrate?.condition, redis: deps.redis?.condition }).toEqual({
        name,
        migrate: 'service_completed_successfully',
        redis: 'service_healthy',
      });
    }
  });

  it('serves the client with nginx, after the router is healthy', () => {
    const client = services.client;
    expect(client).toBeDefined();
    expect(buildOf(client)?.dockerfile).toBe(CLIENT_DOCKERFILE);
    expect(dependsOn(client).router?.condition).toBe('service_healthy');
    const listen = /^\s*listen\s+(\d+)\s*;/m.exec(read('docker/nginx/default.conf'))?.[1];
    expect(containerPorts(client)).toContain(Number(listen));
    expect(healthTest(client)).toContain(`127.0.0.1:${listen}/`);
  });

  it('runs an entry whose source exists for every Node process', () => {
    expect(nodeServices.length).toBeGreaterThan(0);
    for (const [name, service] of nodeServices) {
      const source = entrySource(commandOf(service));
      expect({ name, source, exists: source ? exists(source) : false }).toEqual({ name, source, exists: true });
    }
  });

  it('publishes no port twice', () => {
    const published = Object.values(services).flatMap(publishedPorts);
    expect(new Set(published).size).toBe(published.length);
  });
});

describe('compose.yaml: postgres and redis', () => {
  it('uses a pgvector PostgreSQL 16 image with a pg_isready healthcheck', () => {
    const postgres = services.postgres;
    expect(postgres?.image).toMatch(/^pgvector\/pgvector:pg16(\b|$)/);
    expect(healthTest(postgres)).toContain('pg_isready');
  });

  it('runs Redis 7 with maxmemory-policy noeviction (BullMQ) and a ping healthcheck', () => {
    const redis = services.redis;
    expect(redis?.image).toMatch(/^redis:7/);
    expect(commandOf(redis).join(' ')).toMatch(/--maxmemory-policy\s+noeviction\b/);
    expect(healthTest(redis)).toContain('redis-cli');
  });
});

describe('compose.yaml: health, ordering, environment, secrets', () => {
  it('has a healthcheck on every long-running service', () => {
    expect(longRunning.length).toBeGreaterThanOrEqual(SUBGRAPHS.length + 4);
    for (const [name, service] of longRunning) {
      expect({ name, disabled: service.healthcheck?.disable === true, test: healthTest(service).length > 0 }).toEqual({
        name,
        disabled: false,
        test: true,
      });
    }
  });

  it('only waits on healthy services or completed one-shots, with an explicit condition', () => {
    for (const [name, service] of Object.entries(services)) {
      expect({ name, listForm: Array.isArray(service.depends_on) }).toEqual({ name, listForm: false });
      for (const [dep, { condition }] of Object.entries(dependsOn(service))) {
        expect({ name, dep, exists: dep in services }).toEqual({ name, dep, exists: true });
        const expected = oneShot.has(dep) ? 'service_completed_successfully' : 'service_healthy';
        expect({ name, dep, condition }).toEqual({ name, dep, condition: expected });
        if (expected === 'service_healthy') expect(healthTest(services[dep]).length).toBeGreaterThan(0);
      }
    }
  });

  it('has no dependency cycle', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (name: string, path: string[]) => {
      if (state.get(name) === 'done') return;
      if (state.get(name) === 'visiting') throw new Error(`cycle: ${[...path, name].join(' -> ')}`);
      state.set(name, 'visiting');
      for (const dep of Object.keys(dependsOn(services[name] ?? {}))) visit(dep, [...path, name]);
      state.set(name, 'done');
    };
    for (const name of Object.keys(services)) expect(() => visit(name, [])).not.toThrow();
  });

  it('sets only variables documented in .env.example on Prumo processes', () => {
    const documented = envExampleKeys();
    expect(documented.size).toBeGreaterThan(0);
    for (const [name, service] of nodeServices) {
      const undocumented = Object.keys(envOf(service)).filter((k) => !documented.has(k));
      expect({ name, undocumented }).toEqual({ name, undocumented: [] });
    }
  });

  it('interpolates only variables documented in .env.example (or compose-only ones)', () => {
    const documented = envExampleKeys();
    const used = [...composeText.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
    expect(used.filter((v) => !documented.has(v) && !COMPOSE_ONLY_VARS.has(v))).toEqual([]);
  });

  it('takes secrets from the environment, never from literals', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const [key, value] of Object.entries(envOf(service))) {
        if (/(PASSWORD|SECRET|PRIVATE_KEY|API_KEY|_TOKEN)$/.test(key)) {
          expect({ name, key, fromEnv: value.startsWith(`\${`) }).toEqual({ name, key, fromEnv: true });
        }
        const credentials = /:\/\/[^:/@\s]+:([^@\s]+)@/.exec(value)?.[1];
        if (credentials) expect({ name, key, fromEnv: credentials.startsWith('${') }).toEqual({ name, key, fromEnv: true });
      }
    }
    // The signing secrets have no default at all: compose refuses to start without them.
    for (const key of ['JWT_PRIVATE_KEY', 'SERVICE_TOKEN_SECRET']) {
      for (const [name, service] of nodeServices) {
        const value = envOf(service)[key];
        if (value !== undefined) expect({ name, key, value }).toEqual({ name, key, value: expect.stringMatching(new RegExp(`^\\$\\{${key}:\\?.+\\}$`)) });
      }
    }
  });
});

describe('compose.yaml: builds and mounts', () => {
  it('builds from contexts and Dockerfiles that exist', () => {
    const builds = Object.entries(services).filter(([, s]) => s.build);
    expect(builds.map(([, s]) => buildOf(s)!.dockerfile).sort()).toEqual(
      expect.arrayContaining([NODE_DOCKERFILE, CLIENT_DOCKERFILE]),
    );
    for (const [name, service] of builds) {
      const { context, dockerfile } = buildOf(service)!;
      expect({ name, context, isDir: exists(context) && statSync(join(ROOT, context)).isDirectory() }).toEqual({ name, context, isDir: true });
      expect({ name, dockerfile, exists: exists(join(context, dockerfile)) }).toEqual({ name, dockerfile, exists: true });
    }
  });

  it('bind-mounts only paths that exist and declares every named volume', () => {
    const declared = new Set(Object.keys(compose.volumes ?? {}));
    for (const [name, service] of Object.entries(services)) {
      for (const volume of service.volumes ?? []) {
        const source = typeof volume === 'string' ? volume.split(':')[0] : volume.source ?? '';
        if (source.startsWith('.') || source.startsWith('/')) {
          expect({ name, source, exists: exists(source) }).toEqual({ name, source, exists: true });
        } else if (source) {
          expect({ name, source, declared: declared.has(source) }).toEqual({ name, source, declared: true });
        }
      }
    }
  });
});

describe('Dockerfiles', () => {
  it('node.Dockerfile: multi-stage, node:20-bookworm-slim runtime, non-root, healthcheck script inside', () => {
    const stages = dockerStages(NODE_DOCKERFILE);
    expect(stages.length).toBeGreaterThanOrEqual(3);
    const runtime = stages.find((s) => s.name === 'runtime')!;
    expect(runtime.from).toBe('node:20-bookworm-slim');
    // Every image a service runs (runtime and the stages built on it, e.g. documents with OCR) ends non-root.
    for (const stage of stages.filter((s) => s === runtime || s.from === 'runtime')) {
      const users = [...stage.body.matchAll(/^USER\s+(\S+)/gm)].map((m) => m[1]);
      expect([stage.name, users.length > 0]).toEqual([stage.name, true]);
      expect(['root', '0']).not.toContain(users[users.length - 1]);
    }
    expect(runtime.body).toMatch(/COPY\s+docker\/healthcheck\.js\s/);
    expect(exists('docker/healthcheck.js')).toBe(true);
    const text = read(NODE_DOCKERFILE);
    expect(text).toMatch(/npm ci --omit=dev/);
    expect(text).toMatch(/tsc -b/);
  });

  it('client.Dockerfile: builds the client with Node and serves it with unprivileged nginx', () => {
    const stages = dockerStages(CLIENT_DOCKERFILE);
    expect(stages.length).toBeGreaterThanOrEqual(3);
    expect(stages.some((s) => s.from.startsWith('node:20'))).toBe(true);
    const runtime = stages[stages.length - 1];
    expect(runtime.from).toMatch(/^nginxinc\/nginx-unprivileged:/);
    expect(runtime.body).toMatch(/COPY\s+docker\/nginx\/default\.conf\s/);
    expect(runtime.body).toMatch(/client\/dist/);
    expect(read(CLIENT_DOCKERFILE)).toMatch(/npm run build -w client/);
  });

  it('.dockerignore keeps node_modules, build output, .git and secrets out of the context', () => {
    const lines = read('.dockerignore').split('\n').map((l) => l.trim());
    for (const entry of ['**/node_modules', '**/dist', '.git', '.env', '.data']) expect(lines).toContain(entry);
    // Files the Dockerfiles COPY must not be ignored.
    for (const needed of ['docker', 'docker/healthcheck.js', 'docker/nginx', 'package-lock.json', 'packages', 'subgraphs', 'router', 'client', 'scripts']) {
      expect(lines).not.toContain(needed);
    }
  });
});

describe('docker/nginx/default.conf', () => {
  const conf = read('docker/nginx/default.conf').replace(/#.*$/gm, '');

  /** The body of `location [modifier] <path> { ... }`, braces matched. */
  function location(path: string): string | undefined {
    const re = new RegExp(`location\\s+(?:=\\s*|\\^~\\s*)?${path.replace(/[/.]/g, '\\$&')}\\s*\\{`);
    const m = re.exec(conf);
    if (!m) return undefined;
    let depth = 1;
    let i = m.index + m[0].length;
    const start = i;
    for (; i < conf.length && depth > 0; i++) {
      if (conf[i] === '{') depth++;
      else if (conf[i] === '}') depth--;
    }
    return conf.slice(start, i - 1);
  }

  /** proxy_pass target of a block, resolving `set $var value;`. */
  function proxyTarget(block: string): string | undefined {
    const target = /proxy_pass\s+([^;\s]+)\s*;/.exec(block)?.[1];
    if (!target?.startsWith('$')) return target;
    return new RegExp(`set\\s+\\${target}\\s+([^;\\s]+)\\s*;`).exec(conf)?.[1];
  }

  const router = `http://router:${ROUTER_PORT}`;

  it('proxies /graphql to the router with the WebSocket upgrade headers', () => {
    const block = location('/graphql');
    expect(block).toBeDefined();
    expect(proxyTarget(block!)).toBe(router);
    expect(block).toMatch(/proxy_http_version\s+1\.1\s*;/);
    expect(block).toMatch(/proxy_set_header\s+Upgrade\s+\$http_upgrade\s*;/);
    const connection = /proxy_set_header\s+Connection\s+([^;]+);/.exec(block!)?.[1].trim();
    expect(connection).toBeDefined();
    if (connection === '$connection_upgrade') {
      expect(conf).toMatch(/map\s+\$http_upgrade\s+\$connection_upgrade\s*\{[^}]*default\s+upgrade\s*;/);
    } else {
      expect(connection).toMatch(/^"?upgrade"?$/i);
    }
    expect(block).toMatch(/proxy_read_timeout\s+\S+\s*;/);
  });

  it.each(['/auth/', '/webhooks/', '/uploads/', '/files/'])('proxies %s to the router', (path) => {
    const block = location(path);
    expect(block).toBeDefined();
    expect(proxyTarget(block!)).toBe(router);
  });

  it('serves the single-page app with an index.html fallback and a health endpoint', () => {
    expect(location('/')).toMatch(/try_files\s+[^;]*\/index\.html\s*;/);
    expect(location('/healthz')).toMatch(/return\s+200/);
  });
});
