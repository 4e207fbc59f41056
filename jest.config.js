// One jest run for the whole monorepo. Workspace packages resolve to their TypeScript sources, so
// tests never need a build. Projects that talk to PostgreSQL/Redis get one fresh database per run
// (test/global-setup.ts), copied for each test file (test/setup-env.ts); pure projects need nothing.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

const moduleNameMapper = {
  '^@prumo/kit$': '<rootDir>/../../packages/kit/src/index.ts',
  '^@prumo/kit/(.*)$': '<rootDir>/../../packages/kit/src/$1',
  '^@prumo/br$': '<rootDir>/../../packages/br/src/index.ts',
};

function project(name, dir, extra = {}) {
  const depth = dir.split('/').length;
  const up = '../'.repeat(depth);
  const mapper = Object.fromEntries(
    Object.entries(moduleNameMapper).map(([k, v]) => [k, v.replace('<rootDir>/../../', `<rootDir>/${up}`)]),
  );
  return {
    displayName: name,
    rootDir: `<rootDir>/${dir}`.replace('<rootDir>/', ''),
    roots: ['<rootDir>'],
    testMatch: ['<rootDir>/test/**/*.test.ts'],
    testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    transform: { '^.+\\.(t|j)sx?$': swc },
    moduleNameMapper: mapper,
    testEnvironment: 'node',
    ...extra,
  };
}

// Projects that need the database read the connection facts written by the global setup.
function stacked(name, dir) {
  const up = '../'.repeat(dir.split('/').length);
  return project(name, dir, { setupFiles: [`<rootDir>/${up}test/setup-env.ts`] });
}

module.exports = {
  testTimeout: 30000,
  // Once per run: a fresh database (roles, schemas, migrations) and generated keys (test/global-setup.ts).
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  projects: [
    project('br', 'packages/br'),
    project('portal-sim', 'subgraphs/energy/portal-sim'),
    stacked('kit', 'packages/kit'),
    stacked('identity', 'subgraphs/identity'),
    stacked('billing', 'subgraphs/billing'),
    stacked('limits', 'subgraphs/limits'),
    stacked('documents', 'subgraphs/documents'),
    stacked('finance', 'subgraphs/finance'),
    stacked('energy', 'subgraphs/energy'),
    stacked('marketplace', 'subgraphs/marketplace'),
    stacked('agents', 'subgraphs/agents'),
    stacked('router', 'router'),
    { ...stacked('e2e', 'test/e2e'), testMatch: ['<rootDir>/**/*.test.ts'] },
    { ...project('repo', 'test/repo'), testMatch: ['<rootDir>/**/*.test.ts'] },
    { ...project('fakes', 'test/fakes'), testMatch: ['<rootDir>/**/*.test.ts'] },
    project('client', 'client'),
  ],
};
