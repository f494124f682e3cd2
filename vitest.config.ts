import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Unit and component tests: no browser. End-to-end tests have their own config (vitest.e2e.config.ts).
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'bin/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // The browser's i18n, from public/_locales (the fake browser has none).
    setupFiles: ['tests/support/i18n.ts'],
    testTimeout: 20_000,
  },
});
