// Process entry: tracing first, then config -> db -> server -> workers (PROCESS_ROLE decides which).
import { startTracing } from '@prumo/kit/tracing';

startTracing('billing');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startBilling } = require('./app') as typeof import('./app');

startBilling()
  .then((running) => {
    const shutdown = () => void running.stop().finally(() => process.exit(0));
    process.once('SIGTERM', shutdown);
    process.once('SIGINT', shutdown);
  })
  .catch((err) => {
    console.error('billing failed to start', err);
    process.exit(1);
  });
