/**
 * The body of every process entry (`main.ts`): start, stop cleanly on SIGTERM/SIGINT, exit
 * non-zero when start-up fails. Tracing must be started by the entry before this module's
 * dependencies load, so the entry calls `startTracing` first and requires its app lazily.
 */
export function runProcess(name: string, start: () => Promise<{ stop(): Promise<void> }>): void {
  start()
    .then((running) => {
      const shutdown = () => void running.stop().finally(() => process.exit(0));
      process.once('SIGTERM', shutdown);
      process.once('SIGINT', shutdown);
    })
    .catch((err) => {
      console.error(`${name} failed to start`, err);
      process.exit(1);
    });
}
