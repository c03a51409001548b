/**
 * `npm run basemap`: writes the map's bundled borders, src/lib/map/countries-110m.json, from
 * world-atlas's Natural Earth countries (see build/basemap.ts). Run after upgrading world-atlas
 * and commit the file; a unit test checks it matches.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basemapForLeaflet } from '../build/basemap.ts';

const require = createRequire(import.meta.url);
const source = require.resolve('world-atlas/countries-110m.json');
const target = new URL('../src/lib/map/countries-110m.json', import.meta.url);
await writeFile(target, JSON.stringify(basemapForLeaflet(JSON.parse(await readFile(source, 'utf8')))));
console.log(`Wrote src/lib/map/countries-110m.json from ${source}`);
