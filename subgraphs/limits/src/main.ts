// Process entry: tracing first (it must patch http/pg/ioredis before they load), then
// config -> db -> server -> workers (PROCESS_ROLE decides which).
import { startTracing } from '@prumo/kit/tracing';

startTracing('limits');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startLimits } = require('./app') as typeof import('./app');

startLimits()
  .then((running) => {
    const shutdown = () => void running.stop().finally(() => process.exit(0));
    process.once('SIGTERM', shutdown);
    process.once('SIGINT', shutdown);
  })
  .catch((err) => {
    console.error('limits failed to start', err);
    process.exit(1);
  });
