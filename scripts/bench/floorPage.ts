/**
 * The libraries' floor page (floor/): built here for a benchmark run, never part of the app's
 * sources or its build. A production build like the app's (minified, the libraries shaped as the
 * app's build shapes them: build/libraries.ts, files precompressed as the app's are), served under
 * /floor/ beside the app's build, whose data it fetches.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { libraryBuild } from '../../build/libraries.ts';
import { precompressedAssets } from '../../build/precompress.ts';

export const FLOOR_BASE = '/floor/';

export async function buildFloorPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: fileURLToPath(new URL('./floor/', import.meta.url)),
    base: FLOOR_BASE,
    mode: 'production',
    logLevel: 'warn',
    plugins: [...libraryBuild.plugins(), precompressedAssets()],
    resolve: { alias: libraryBuild.alias },
    build: { outDir, emptyOutDir: true, assetsInlineLimit: libraryBuild.assetsInlineLimit }
  });
}
