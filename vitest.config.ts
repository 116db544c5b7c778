import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{data,api,scripts,site}/**/*.test.ts'],
    environment: 'node',
    // Generous on purpose: these bound a hung test, they say nothing about speed (a busy 2-core machine
    // running two copies of the suite takes seconds to start a server). Speed is `npm run bench`'s job.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
