import { startRouter } from './app';

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
