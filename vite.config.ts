import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { dataPlugin } from './build/dataPlugin';
import { contentSecurityPolicy } from './build/contentSecurityPolicy';

export default defineConfig({
  plugins: [svelte(), dataPlugin(), contentSecurityPolicy()],
  publicDir: 'static',
  resolve: {
    alias: [
      { find: '$lib', replacement: fileURLToPath(new URL('./src/lib', import.meta.url)) },
      // moment's ES module build, shared by vis-timeline and its French locale (moment/dist/locale/fr):
      // the default CommonJS entry would be a second copy, and it drags in every locale.
      { find: /^moment$/, replacement: 'moment/dist/moment.js' }
    ]
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node'
  }
});
