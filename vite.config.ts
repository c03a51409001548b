import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { dataPlugin } from './build/dataPlugin.ts';
import { contentSecurityPolicyPlugin } from './build/contentSecurityPolicy.ts';
import { firstScreenPlugin } from './build/firstScreen/plugin.ts';
import { hostingHeadersPlugin } from './build/hostingHeaders.ts';
import { precompressedAssets } from './build/precompress.ts';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath } from './tests/chromium.ts';

export default defineConfig({
  plugins: [svelte(), dataPlugin(), firstScreenPlugin(), contentSecurityPolicyPlugin(), hostingHeadersPlugin(), precompressedAssets()],
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
    projects: [
      // Pure logic, in Node.
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: ['tests/unit/**/*.browser.test.ts'], environment: 'node' }
      },
      // Controllers and components that need a real DOM and layout: Chromium, through Playwright.
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/unit/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            instances: [{ browser: 'chromium', viewport: { width: 1280, height: 800 } }]
          }
        }
      }
    ]
  }
});
