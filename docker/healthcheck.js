// Container healthcheck for Prumo's Node processes (node:20-bookworm-slim has no curl or wget).
// Usage: node /app/docker/healthcheck.js http://127.0.0.1:4101/ready
// Exits 0 when the URL answers 2xx within 4 s, 1 otherwise.
'use strict';

const url = process.argv[2];
if (!url) {
  console.error('usage: node docker/healthcheck.js <url>');
  process.exit(2);
}

fetch(url, { signal: AbortSignal.timeout(4000) })
  .then((res) => process.exit(res.ok ? 0 : 1))
  .catch(() => process.exit(1));
