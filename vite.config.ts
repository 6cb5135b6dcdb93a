import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web app: root is the repository (index.html at the root loads /src/web/main.tsx),
 * output goes to dist/web which the Fastify server serves. In development /api is proxied
 * to the server on port 3000 (override with BERDAYA_API=http://host:port).
 */
export default defineConfig({
  root: '.',
  publicDir: 'public',
  plugins: [react()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    chunkSizeWarningLimit: 600,
    // Two entries: the staff app (index.html) and the light owner portal (portal.html, served for /portal/*).
    rollupOptions: {
      input: { main: resolve(import.meta.dirname, 'index.html'), portal: resolve(import.meta.dirname, 'portal.html') },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: process.env.BERDAYA_API ?? 'http://localhost:3000', changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: process.env.BERDAYA_API ?? 'http://localhost:3000', changeOrigin: false },
    },
  },
});
