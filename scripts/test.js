#!/usr/bin/env node
// `npm test`: type-check, build the client the browser tests drive, run every jest project (unit,
// integration against the real PostgreSQL/Redis, end-to-end through the router, browser), and end
// with one line `tests: N passed, M failed` computed from jest's own results.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const step = (name, cmd, cmdArgs) => {
  console.log(`\n== ${name}`);
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } });
  return r.status === 0;
};

let failedSteps = 0;
if (!step('type-check (tsc -b)', 'npx', ['tsc', '-b'])) failedSteps++;
if (fs.existsSync(path.join(root, 'client/src'))) {
  if (!step('client type-check', 'npx', ['tsc', '-p', 'client/tsconfig.json', '--noEmit'])) failedSteps++;
  if (!step('client build (vite)', 'npm', ['run', 'build', '-w', 'client'])) failedSteps++;
}

const resultsFile = path.join(os.tmpdir(), `prumo-jest-${process.pid}.json`);
step('jest', 'npx', ['jest', '--maxWorkers=2', '--json', `--outputFile=${resultsFile}`, ...args]);

let passed = 0;
let failed = failedSteps;
try {
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A suite that failed to load (syntax error, setup crash) has no test results: count it.
  failed += results.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length;
  if (results.numRuntimeErrorTestSuites) console.log(`${results.numRuntimeErrorTestSuites} suite(s) failed to run`);
} catch (err) {
  console.error('no jest results:', err.message);
  failed += 1;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
