/**
 * `npx tsx scripts/bench-validate.ts [count]`: how long validation takes on a large dataset.
 *
 * Generates `count` (default 10,000) valid event files (scripts/bench/generate.ts) at the real places
 * and between the real actors of data/, writes them to a temporary folder, then times reading them
 * (readDataFiles) and validating them (validateDataFiles), median of 3 runs each.
 */
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Actor, Place } from '../src/lib/data/types.ts';
import { validateDataFiles, type DataFile } from '../build/validate/index.ts';
import { generatedEvents, generatedSourcesFile } from './bench/generate.ts';
import { readDataFiles } from '../build/readDataFiles.ts';

const RUNS = 3;
const eventCount = Number(process.argv[2] ?? 10_000);

const placesText = await readFile('data/places.json', 'utf8');
const actorsText = await readFile('data/actors.json', 'utf8');
const { places } = JSON.parse(placesText) as { places: Place[] };
const { actors } = JSON.parse(actorsText) as { actors: Actor[] };

function generatedFiles(count: number): DataFile[] {
  const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
  return [
    { path: 'data/places.json', text: placesText },
    { path: 'data/actors.json', text: actorsText },
    generatedSourcesFile(),
    ...generatedEvents(count, { places, actors }).map((event) => ({
      path: `data/events/${event.id}.json`,
      text: json({ $schema: '../schema/event.v1.schema.json', ...event })
    }))
  ];
}

async function median(task: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)] ?? Number.NaN;
}

const files = generatedFiles(eventCount);
const treeRoot = await mkdtemp(path.join(tmpdir(), 'pegasus-bench-'));
try {
  await mkdir(path.join(treeRoot, 'data', 'events'), { recursive: true });
  await Promise.all(files.map((file) => writeFile(path.join(treeRoot, file.path), file.text)));

  const findings = validateDataFiles(files).findings;
  if (findings.length > 0) throw new Error(`the generated data should be valid, but has ${findings.length} findings, such as: ${JSON.stringify(findings[0])}`);

  const readMs = await median(() => readDataFiles(path.join(treeRoot, 'data')));
  const validateMs = await median(() => validateDataFiles(files));
  const megabytes = files.reduce((total, file) => total + file.text.length, 0) / 1e6;

  console.log(`${files.length} files (${megabytes.toFixed(1)} MB), median of ${RUNS} runs:\n`);
  console.log('step                 files        ms     files/s');
  for (const [step, ms] of [
    ['readDataFiles', readMs],
    ['validateDataFiles', validateMs],
    ['total', readMs + validateMs]
  ] as const) {
    console.log(
      `${step.padEnd(18)} ${String(files.length).padStart(7)} ${ms.toFixed(0).padStart(9)} ${Math.round((files.length / ms) * 1000).toString().padStart(11)}`
    );
  }
} finally {
  await rm(treeRoot, { recursive: true, force: true });
}
