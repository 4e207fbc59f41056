import { startIdentity } from './app';

/** Process entry: config -> db -> server -> workers (PROCESS_ROLE decides which). */
startIdentity()
  .then((running) => {
    const shutdown = () => void running.stop().finally(() => process.exit(0));
    process.once('SIGTERM', shutdown);
    process.once('SIGINT', shutdown);
  })
  .catch((err) => {
    console.error('identity failed to start', err);
    process.exit(1);
  });
