import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { dataPlugin } from './build/dataPlugin.ts';
import { contentSecurityPolicyPlugin } from './build/contentSecurityPolicy.ts';
import { firstScreenPlugin } from './build/firstScreen/plugin.ts';
import { hostingHeadersPlugin } from './build/hostingHeaders.ts';
import { precompressedAssets } from './build/precompress.ts';
import { libraryBuild } from './build/libraries.ts';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath } from './tests/chromium.ts';

export default defineConfig({
  plugins: [svelte(), dataPlugin(), ...libraryBuild.plugins(), firstScreenPlugin(), contentSecurityPolicyPlugin(), hostingHeadersPlugin(), precompressedAssets()],
  publicDir: 'static',
  resolve: {
    alias: [
      { find: '$lib', replacement: fileURLToPath(new URL('./src/lib', import.meta.url)) },
      ...libraryBuild.alias
    ]
  },
  build: {
    assetsInlineLimit: libraryBuild.assetsInlineLimit,
    // Fewer, larger chunks: left to itself the bundler split out a dozen files of under 1 KB (what
    // two views or the explorer share), and a wide first screen made 27 requests before it could
    // draw, each costing the browser more than its bytes (15 now; BENCHMARKS.md has the gain).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // What the entry needs as it starts, in the entry's own file.
            { name: 'initial', tags: ['$initial'], priority: 3 },
            // The generated data validator with the parts of Ajv it calls.
            { name: 'dataset-validator', test: /dataset-validator|[\\/]node_modules[\\/](ajv|fast-deep-equal)[\\/]/, priority: 2 },
            // The app's modules that two or more of its lazily loaded parts share (the views, the
            // explorer, the presenter): one small file, not one each.
            { name: 'shared', test: /[\\/]src[\\/]lib[\\/]/, minShareCount: 2, priority: 1 }
          ]
        }
      }
    }
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
