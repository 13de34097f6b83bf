import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { barrelPackages, directBarrelImports } from './scripts/direct-barrel-imports'
import { contentSecurityPolicyMeta } from './src/shared/csp'
import { bundleImportWorker } from './src/main/core/contacts/import/import-worker-source'

/** Puts the CSP into the built page only: the dev server needs its own inline preamble. */
const cspMeta = (): Plugin => ({
  name: 'rupor-csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicyMeta },
      injectTo: 'head-prepend',
    },
  ],
})

/**
 * out/main/import-worker.js: an import's run, which the core hands to a worker thread as text.
 * Bundled on its own (every package in but better-sqlite3): the worker can require nothing from
 * app.asar, nor the main build's shared chunks.
 */
const importWorker = (): Plugin => ({
  name: 'rupor-import-worker',
  apply: 'build',
  async generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'import-worker.js',
      source: await bundleImportWorker(resolve(__dirname, 'src/main/import-worker.ts')),
    })
  },
})

export default defineConfig({
  main: {
    plugins: [importWorker()],
    build: {
      // electron-store is ESM-only; bundling it keeps the CommonJS main simple.
      externalizeDeps: { exclude: ['electron-store'] },
      rolldownOptions: {
        // index: the Electron app; host: the same core over HTTP for a browser (plain Node);
        // core-worker: the core itself, in Electron's utilityProcess or the host's worker thread.
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          host: resolve(__dirname, 'src/main/host.ts'),
          'core-worker': resolve(__dirname, 'src/main/core-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only 'electron': everything else is bundled in.
      externalizeDeps: false,
      rolldownOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    resolve: {
      // zod with its CSP-safe config; imported by the chunks that make schemas, not the first screen.
      alias: [
        { find: /^zod$/, replacement: resolve(__dirname, 'src/renderer/src/zod-jitless.ts') },
      ],
    },
    build: {
      minify: true,
      rolldownOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
    plugins: [
      react(),
      cspMeta(),
      // Each Mantine component in the chunks that use it, not all in the first screen's.
      ...Object.entries(barrelPackages).map(([pkg, barrel]) =>
        directBarrelImports(pkg, resolve(__dirname, barrel)),
      ),
    ],
  },
})
