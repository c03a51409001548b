/**
 * `npm run release -- X.Y.Z`: publishes the current data as an immutable release,
 * data/releases/X.Y.Z.json, and lists it in data/releases/index.json. See CONTRIBUTING.md,
 * "Cutting a data release", for when to raise which number.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cutRelease, ReleaseRefused } from '../build/cutRelease.ts';

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'data');
const version = process.argv[2];

if (version === undefined) {
  console.error('Which version? Run: npm run release -- 1.2.0');
  process.exit(2);
}

try {
  const { file, dataset, warnings } = await cutRelease({ dataDir, version, today: new Date().toISOString().slice(0, 10) });
  for (const warning of warnings) console.log(warning);
  const counts = (['events', 'places', 'actors', 'stories'] as const).map((kind) => `${dataset[kind].length} ${kind}`);
  console.log(
    `Released data ${dataset.release.version} (${dataset.release.date}): ${counts.join(', ')}.\n` +
      `Wrote ${path.relative(process.cwd(), file)} and data/releases/index.json; commit both.`
  );
} catch (error) {
  if (!(error instanceof ReleaseRefused)) throw error;
  console.error(`No release made. ${error.message}`);
  process.exitCode = 1;
}
