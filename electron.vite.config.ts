import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * docs/security.md S34: in Electron's sandbox a preload can `require` only `electron` (and a few
 * built-ins), so any other import would break the window at run time. Fail the build instead;
 * tests/e2e/bridge.spec.ts checks the built file again inside an emulation of that sandbox.
 */
function preloadRequiresOnlyElectron(): Plugin {
  return {
    name: 'casekeep:preload-requires-only-electron',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const others = [...chunk.imports, ...chunk.dynamicImports].filter((id) => id !== 'electron');
        if (others.length > 0) this.error(`The preload may require only electron, but ${chunk.fileName} requires ${others.join(', ')}.`);
      }
    },
  };
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/electron/main.ts'),
          cli: resolve(__dirname, 'src/cli/main.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } },
    },
    plugins: [preloadRequiresOnlyElectron()],
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
    plugins: [react()],
  },
});
