import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compileDataset } from './compile.ts';
import type { Dataset, Release } from '../src/lib/data/types.ts';
import { formatFinding, validateDataFiles } from './validate/index.ts';
import { readDataFiles } from './readDataFiles.ts';

/** data/releases/index.json: every published release, newest first. */
export interface ReleaseIndex {
  releases: Release[];
}

/** A release that must not be made, with the reason in plain words. Nothing has been written. */
export class ReleaseRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReleaseRefused';
  }
}

type Version = [major: number, minor: number, patch: number];

export function parseVersion(text: string): Version | undefined {
  const parts = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(text);
  return parts === null ? undefined : [Number(parts[1]), Number(parts[2]), Number(parts[3])];
}

/** Negative when a is older than b. Both must be valid versions. */
export function compareVersions(a: string, b: string): number {
  const [left, right] = [parseVersion(a), parseVersion(b)];
  if (left === undefined || right === undefined) throw new Error(`not a version: ${left === undefined ? a : b}`);
  return left[0] - right[0] || left[1] - right[1] || left[2] - right[2];
}

/**
 * The `## <version>` heading of the changelog, and the date written on it if any
 * (`## 1.0.0 — 2026-11-23`); undefined when the version has no section.
 */
export function changelogEntry(changelog: string, version: string): { date?: string } | undefined {
  const escaped = version.replaceAll('.', '\\.');
  const heading = new RegExp(`^##[ \\t]+${escaped}(?![\\w.-])(.*)$`, 'm').exec(changelog);
  if (heading === null) return undefined;
  const date = /\b(\d{4}-\d{2}-\d{2})\b/.exec(heading[1] ?? '')?.[1];
  return date === undefined ? {} : { date };
}

export interface CutReleaseOptions {
  /** The data/ folder. */
  dataDir: string;
  version: string;
  /** YYYY-MM-DD; the release date when the changelog heading gives none. */
  today: string;
}

export interface CutReleaseOutcome {
  file: string;
  dataset: Dataset;
  index: ReleaseIndex;
  /** Warnings the validator found; they do not stop a release. */
  warnings: string[];
}

/**
 * Freezes the current data as release `version`: data/releases/<version>.json, listed in
 * data/releases/index.json. Refuses (ReleaseRefused, nothing written) when the data has errors, the
 * release exists, the version is not newer than the latest, or the changelog does not describe it.
 */
export async function cutRelease({ dataDir, version, today }: CutReleaseOptions): Promise<CutReleaseOutcome> {
  if (parseVersion(version) === undefined) {
    throw new ReleaseRefused(`'${version}' is not a release version: write it as MAJOR.MINOR.PATCH, like 1.0.0.`);
  }

  const { findings, data } = validateDataFiles(await readDataFiles(dataDir));
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) {
    throw new ReleaseRefused(
      [
        errors.length === 1 ? 'The data has 1 error; fix it first:' : `The data has ${errors.length} errors; fix them first:`,
        ...errors.map(formatFinding)
      ].join('\n')
    );
  }

  const releasesDir = path.join(dataDir, 'releases');
  const releaseFile = path.join(releasesDir, `${version}.json`);
  if (await exists(releaseFile)) {
    throw new ReleaseRefused(`Release ${version} already exists. Releases never change: publish a new version instead.`);
  }

  const index = await readIndex(path.join(releasesDir, 'index.json'));
  const latest = index.releases.map((release) => release.version).sort(compareVersions).at(-1);
  if (latest !== undefined && compareVersions(version, latest) <= 0) {
    throw new ReleaseRefused(`Version ${version} is not newer than the latest release, ${latest}.`);
  }

  const changelogFile = path.join(dataDir, 'CHANGELOG.md');
  const changelog = (await exists(changelogFile)) ? await readFile(changelogFile, 'utf8') : '';
  const entry = changelogEntry(changelog, version);
  if (entry === undefined) {
    throw new ReleaseRefused(`data/CHANGELOG.md has no "## ${version}" section. Add one that says what changed, then try again.`);
  }

  const release: Release = { version, date: entry.date ?? today };
  const dataset = compileDataset(data, release);
  const updatedIndex: ReleaseIndex = {
    releases: [release, ...index.releases].sort((a, b) => compareVersions(b.version, a.version))
  };
  await mkdir(releasesDir, { recursive: true });
  // 'wx' fails if the file appeared meanwhile: a release is never overwritten.
  await writeFile(releaseFile, `${JSON.stringify(dataset, null, 2)}\n`, { flag: 'wx' });
  await writeFile(path.join(releasesDir, 'index.json'), `${JSON.stringify(updatedIndex, null, 2)}\n`);

  const warnings = findings.filter((finding) => finding.severity === 'warning').map(formatFinding);
  return { file: releaseFile, dataset, index: updatedIndex, warnings };
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

async function readIndex(file: string): Promise<ReleaseIndex> {
  if (!(await exists(file))) return { releases: [] };
  const index: unknown = JSON.parse(await readFile(file, 'utf8'));
  const releases = typeof index === 'object' && index !== null && 'releases' in index ? index.releases : undefined;
  const wellFormed =
    Array.isArray(releases) &&
    releases.every(
      (release: unknown) =>
        typeof release === 'object' &&
        release !== null &&
        'version' in release &&
        'date' in release &&
        typeof release.version === 'string' &&
        parseVersion(release.version) !== undefined &&
        typeof release.date === 'string'
    );
  if (!wellFormed) {
    throw new ReleaseRefused(`${file} is damaged: it should be { "releases": [{ "version": "1.0.0", "date": "YYYY-MM-DD" }] }.`);
  }
  return { releases: releases as Release[] };
}
