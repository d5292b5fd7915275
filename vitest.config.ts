import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**'],
    environment: 'node',
    pool: 'forks',
    // A guard against a hang, not a speed target (those live in `npm run bench`): the heavier suites
    // (400 random sales files, LibreOffice) take a few seconds alone and more on a busy 2-core CI machine.
    testTimeout: 30_000,
  },
});
