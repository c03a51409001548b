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
      // vis-timeline's `import moment from 'moment'` gets the part of moment it uses, on Day.js
      // (src/lib/timeline/dayjsMoment.ts): moment leaves the bundle, the timeline's chunk is ~16 KB gzip
      // lighter. Tests reach real moment (a devDependency, for the differential test) as 'moment/dist/moment.js'.
      { find: /^moment$/, replacement: fileURLToPath(new URL('./src/lib/timeline/dayjsMoment.ts', import.meta.url)) }
    ]
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node'
  }
});
