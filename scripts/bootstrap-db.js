#!/usr/bin/env node
// Creates the database, the owner and app roles, extensions and schemas, then runs every
// subgraph's migrations as the owner. Idempotent; used by `npm start` and compose's migrate service.
const { kit, subgraphs } = require('./platform');

async function bootstrap() {
  const config = kit.loadConfig();
  await kit.bootstrapDatabase(
    config,
    subgraphs().map((s) => ({ schema: s.name, migrations: s.module.migrations })),
  );
  return config;
}

module.exports = { bootstrap };

if (require.main === module) {
  bootstrap()
    .then((config) => console.log(`database ${config.DATABASE_NAME} ready`))
    .catch((err) => {
      console.error('bootstrap failed:', err.message);
      process.exit(1);
    });
}
