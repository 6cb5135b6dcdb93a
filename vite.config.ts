import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The files the field app (lapangan.html) needs offline: its page and every chunk, stylesheet and
 * asset reachable from its entry, lazy screens included. Computed from the bundle itself, so the
 * service worker precaches exactly the field app and never the office app's large chunks.
 */
function fieldAppFiles(): { plugin: Plugin; files: Set<string> } {
  const files = new Set<string>();
  const plugin: Plugin = {
    name: 'berdaya:field-app-files',
    apply: 'build',
    generateBundle(_options, bundle) {
      files.clear();
      files.add('lapangan.html');
      const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'lapangan');
      const walk = (fileName: string) => {
        if (files.has(fileName)) return;
        files.add(fileName);
        const chunk = bundle[fileName];
        if (chunk?.type !== 'chunk') return;
        for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
        for (const asset of chunk.viteMetadata?.importedAssets ?? []) files.add(asset);
        for (const next of [...chunk.imports, ...chunk.dynamicImports]) walk(next);
      };
      if (entry) walk(entry.fileName);
    },
  };
  return { plugin, files };
}

/** vite-plugin-pwa links the manifest from every page; only the field app is installable. */
const manifestOnlyOnFieldApp: Plugin = {
  name: 'berdaya:manifest-only-on-field-app',
  apply: 'build',
  enforce: 'post',
  transformIndexHtml: {
    order: 'post',
    handler: (html, ctx) => (ctx.filename.endsWith('lapangan.html') ? html : html.replace(/<link rel="manifest"[^>]*>/g, '')),
  },
};

const field = fieldAppFiles();

/**
 * The web app: root is the repository (index.html at the root loads /src/web/main.tsx),
 * output goes to dist/web which the Fastify server serves. In development /api is proxied
 * to the server on port 3000 (override with BERDAYA_API=http://host:port).
 */
export default defineConfig({
  root: '.',
  publicDir: 'public',
  plugins: [
    react(),
    field.plugin,
    // The assistants' offline app (issue 5): manifest + a service worker over /lapangan/ only. The app
    // registers it itself (injectRegister: false) and keeps its data in IndexedDB, so the worker caches
    // the app's own files and never /api.
    VitePWA({
      injectRegister: false,
      scope: '/lapangan/',
      includeAssets: ['favicon.svg'],
      manifest: {
        id: '/lapangan/',
        name: 'Berdaya Lapangan',
        short_name: 'Lapangan',
        description: 'Kunjungan lanjutan pelaku usaha oleh pendamping, bisa dipakai tanpa sinyal.',
        lang: 'id',
        start_url: '/lapangan/',
        scope: '/lapangan/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#1864ab',
        background_color: '#f1f3f5',
        icons: [
          { src: '/lapangan-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/lapangan-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/lapangan-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,svg,png,woff2}'],
        manifestTransforms: [async (entries) => ({ manifest: entries.filter((e) => field.files.has(e.url)), warnings: [] })],
        navigateFallback: '/lapangan.html',
        navigateFallbackAllowlist: [/^\/lapangan(\/|$)/],
        navigateFallbackDenylist: [/^\/api\//],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        // A new release takes over at the next start; queued check-ins live in IndexedDB, not in the worker.
        skipWaiting: true,
        clientsClaim: true,
      },
    }),
    manifestOnlyOnFieldApp,
  ],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    chunkSizeWarningLimit: 600,
    // Three entries: the staff app (index.html), the light owner portal (portal.html, served for
    // /portal/*) and the assistants' offline field app (lapangan.html, served for /lapangan/*).
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        portal: resolve(import.meta.dirname, 'portal.html'),
        lapangan: resolve(import.meta.dirname, 'lapangan.html'),
      },
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
