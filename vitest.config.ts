import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{data,api,scripts,site}/**/*.test.ts'],
    environment: 'node',
    // Generous bounds, not measurements: servers start and answer slowly on a busy 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
