// Process entry: tracing first (it patches http/pg/ioredis before they load), then
// config -> db -> server -> workers (PROCESS_ROLE decides which).
import { startTracing } from '@prumo/kit/tracing';

startTracing('agents');

/* eslint-disable @typescript-eslint/no-require-imports */
const { runProcess } = require('@prumo/kit') as typeof import('@prumo/kit');
const { startAgents } = require('./app') as typeof import('./app');

runProcess('agents', () => startAgents());
