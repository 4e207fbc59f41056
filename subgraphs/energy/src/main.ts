// Process entry: tracing first (it patches http/pg/ioredis before they load), then
// config -> db -> server -> workers (PROCESS_ROLE decides which).
import { startTracing } from '@prumo/kit/tracing';

startTracing('energy');

/* eslint-disable @typescript-eslint/no-require-imports */
const { runProcess } = require('@prumo/kit') as typeof import('@prumo/kit');
const { startEnergy } = require('./app') as typeof import('./app');

runProcess('energy', () => startEnergy());
