import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The admin app, served by the server under /admin; in dev, Vite proxies the API to a server on port 3000. */
export const config = defineConfig({
  base: '/admin/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 4096 },
  server: {
    port: 5173,
    proxy: { '/api': { target: process.env.OPENRCM_API ?? 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});

export default config;
