// Process entry: tracing first (it patches http/undici/ioredis before they load), then the router.
import { startTracing } from '@prumo/kit/tracing';

startTracing('router');

/* eslint-disable @typescript-eslint/no-require-imports */
const { runProcess } = require('@prumo/kit') as typeof import('@prumo/kit');
const { startRouter } = require('./app') as typeof import('./app');

runProcess('router', () => startRouter());
