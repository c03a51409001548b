import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { dataPlugin } from './build/dataPlugin.ts';
import { contentSecurityPolicyPlugin } from './build/contentSecurityPolicy.ts';
import { firstScreenPlugin } from './build/firstScreen/plugin.ts';
import { hostingHeadersPlugin } from './build/hostingHeaders.ts';
import { precompressedAssets } from './build/precompress.ts';
import { prototypeUnitsPlugin } from './build/prototypeUnits.ts';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath } from './tests/chromium.ts';

export default defineConfig({
  plugins: [svelte(), dataPlugin(), prototypeUnitsPlugin(), firstScreenPlugin(), contentSecurityPolicyPlugin(), hostingHeadersPlugin(), precompressedAssets()],
  publicDir: 'static',
  resolve: {
    alias: [
      { find: '$lib', replacement: fileURLToPath(new URL('./src/lib', import.meta.url)) },
      // vis-timeline's `import moment from 'moment'` gets the part of moment it uses, on Day.js
      // (src/lib/timeline/dayjsMoment.ts): moment leaves the bundle, the timeline's chunk is ~16 KB gzip
      // lighter. Tests reach real moment (a devDependency, for the differential test) as 'moment/dist/moment.js'.
      { find: /^moment$/, replacement: fileURLToPath(new URL('./src/lib/timeline/dayjsMoment.ts', import.meta.url)) },
      // vis-timeline spreads all of vis-util into an object, so none of it is left out: it and
      // vis-data get the part they use (src/lib/timeline/visUtilInUse.ts, ~11 KB gzip lighter).
      { find: /^vis-util\/esnext\/esm\/vis-util\.js$/, replacement: fileURLToPath(new URL('./src/lib/timeline/visUtilInUse.ts', import.meta.url)) }
    ]
  },
  build: {
    // Leaflet's stylesheet names images for controls and the default marker, none of which the map
    // shows (its markers are divIcons, it has no layers control): as files they are never fetched,
    // inlined they would weigh ~3.4 KB gzip in the map's stylesheet.
    assetsInlineLimit: (file) => (file.includes('/node_modules/leaflet/dist/images/') ? false : undefined)
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
