#!/usr/bin/env node
// `npm run schema`: prints each subgraph's SDL, composes the supergraph and the client schema into
// schema/. `npm run schema:check`: fails when the committed files differ from the code (drift) or
// composition fails, and reports breaking changes of the client schema against the previous commit.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { root, kit, subgraphs } = require('./platform');

async function main() {
  const mode = process.argv[2] ?? 'write';
  const { generateSchemaFiles } = require(path.join(root, 'router/dist/index.js'));
  const sources = [];
  for (const s of subgraphs()) sources.push({ name: s.name, port: s.port, schema: await kit.buildFederatedSchema(s.module.schemaDefinition) });
  const dir = path.join(root, 'schema');
  const subscriptions = fs.readFileSync(path.join(dir, 'subscriptions.graphql'), 'utf8');
  const files = generateSchemaFiles(sources, subscriptions, kit.printSdl);

  if (mode === 'write') {
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
    console.log(`schema: wrote ${Object.keys(files).join(', ')}`);
  } else {
    const drift = Object.entries(files).filter(([name, content]) => {
      const file = path.join(dir, name);
      return !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== content;
    });
    if (drift.length) {
      console.error(`schema: committed files drift from the code: ${drift.map(([n]) => n).join(', ')}. Run \`npm run schema\`.`);
      process.exitCode = 1;
    } else console.log('schema: up to date');
  }
  reportBreakingChanges(files['client.graphql']);
}

/** Breaking changes of the client schema against HEAD (reported; partners rely on the contract). */
function reportBreakingChanges(current) {
  let previous;
  try {
    previous = execFileSync('git', ['show', 'HEAD:schema/client.graphql'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return; // first commit of the schema
  }
  const { buildSchema } = require('graphql');
  const { diff, CriticalityLevel } = require('@graphql-inspector/core');
  return diff(buildSchema(previous), buildSchema(current)).then((changes) => {
    const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
    if (breaking.length) {
      console.warn(`schema: ${breaking.length} breaking change(s) against HEAD:`);
      for (const c of breaking) console.warn(`  - ${c.message}`);
    }
  });
}

main().catch((err) => {
  console.error(err.message ?? err);
  process.exit(1);
});
