import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{data,api,scripts,site}/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
