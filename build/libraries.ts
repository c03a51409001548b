import { fileURLToPath } from 'node:url';
import type { Alias } from 'vite';
import { prototypeUnitsPlugin } from './prototypeUnits.ts';

/**
 * How a build ships vis-timeline and Leaflet: the app's (vite.config.ts) and the benchmark's
 * floor page (scripts/bench/floorPage.ts), which must carry the libraries exactly as the app does.
 */
export const libraryBuild = {
  plugins: () => [prototypeUnitsPlugin()],
  alias: [
    // vis-timeline's `import moment from 'moment'` gets the part of moment it uses, on Day.js
    // (src/lib/timeline/dayjsMoment.ts): moment leaves the bundle, the timeline's chunk is ~16 KB gzip
    // lighter. Tests reach real moment (a devDependency, for the differential test) as 'moment/dist/moment.js'.
    { find: /^moment$/, replacement: fileURLToPath(new URL('../src/lib/timeline/dayjsMoment.ts', import.meta.url)) },
    // vis-timeline spreads all of vis-util into an object, so none of it is left out: it and
    // vis-data get the part they use (src/lib/timeline/visUtilInUse.ts, ~11 KB gzip lighter).
    { find: /^vis-util\/esnext\/esm\/vis-util\.js$/, replacement: fileURLToPath(new URL('../src/lib/timeline/visUtilInUse.ts', import.meta.url)) }
  ] satisfies Alias[],
  // Leaflet's stylesheet names images for controls and the default marker, none of which the map
  // shows (its markers are divIcons, it has no layers control): as files they are never fetched,
  // inlined they would weigh ~3.4 KB gzip in the map's stylesheet.
  assetsInlineLimit: (file: string) => (file.includes('/node_modules/leaflet/dist/images/') ? false : undefined)
};
