import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    setupFiles: ['./test/setup.ts'],
    // test/e2e holds Playwright specs; vitest must not pick them up
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    globals: true,
    // jsdom computes accessible names slowly on a 200-input form; 2 cores in CI
    testTimeout: 30_000,
  },
})
