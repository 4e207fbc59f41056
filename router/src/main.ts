// Process entry: tracing first (it must patch http/undici/ioredis before they load), then the router.
import { startTracing } from '@prumo/kit/tracing';

startTracing('router');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startRouter } = require('./app') as typeof import('./app');

startRouter()
  .then((router) => {
    const shutdown = () => void router.stop().finally(() => process.exit(0));
    process.once('SIGTERM', shutdown);
    process.once('SIGINT', shutdown);
  })
  .catch((err) => {
    console.error('router failed to start', err);
    process.exit(1);
  });
