// Container healthcheck without curl: exits 0 when the URL answers 2xx within 3 seconds.
// Usage: node docker/healthcheck.js http://127.0.0.1:3000/health/live
'use strict';
const url = process.argv[2] || 'http://127.0.0.1:3000/health/live';
fetch(url, { signal: AbortSignal.timeout(3000) }).then(
  (response) => process.exit(response.ok ? 0 : 1),
  () => process.exit(1),
);
