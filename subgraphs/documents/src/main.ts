// Process entry: tracing first (it must patch http/pg/ioredis before they load), then
// config -> db -> server -> workers (PROCESS_ROLE decides which).
import { startTracing } from '@prumo/kit/tracing';

startTracing('documents');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startDocuments } = require('./app') as typeof import('./app');

startDocuments()
  .then((running) => {
    const shutdown = () => void running.stop().finally(() => process.exit(0));
    process.once('SIGTERM', shutdown);
    process.once('SIGINT', shutdown);
  })
  .catch((err) => {
    console.error('documents failed to start', err);
    process.exit(1);
  });
