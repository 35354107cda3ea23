import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** Component tests (jsdom), run by `npm test`: no server, no browser. */
export const config = defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.tsx', 'src/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
  },
});

export default config;
