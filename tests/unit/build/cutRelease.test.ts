/**
 * Cutting a data release: what it writes, and every reason it refuses (writing nothing then).
 * Runs on a copy of tests/fixtures/valid in a temporary folder.
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changelogEntry, compareVersions, cutRelease, ReleaseRefused } from '../../../build/cutRelease';

const validData = fileURLToPath(new URL('../../fixtures/valid/data', import.meta.url));
const today = '2026-12-01';
let dataDir: string;

beforeEach(async () => {
  dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'pegasus-release-')), 'data');
  await cp(validData, dataDir, { recursive: true });
  await writeFile(path.join(dataDir, 'CHANGELOG.md'), '# Data changelog\n\n## 1.1.0\n\n- More events.\n\n## 1.0.0 — 2026-11-23\n\n- First release.\n');
});

afterEach(async () => {
  await rm(path.dirname(dataDir), { recursive: true, force: true });
});

const readJson = async (relative: string): Promise<unknown> => JSON.parse(await readFile(path.join(dataDir, relative), 'utf8'));

async function refusal(version: string): Promise<string> {
  const attempt = cutRelease({ dataDir, version, today });
  await expect(attempt).rejects.toBeInstanceOf(ReleaseRefused);
  return attempt.then(
    () => '',
    (error: unknown) => (error instanceof Error ? error.message : '')
  );
}

describe('cutRelease', () => {
  it('writes the compiled dataset and lists it in the index, dated by the changelog', async () => {
    await cutRelease({ dataDir, version: '1.0.0', today });

    const release = (await readJson('releases/1.0.0.json')) as { schemaVersion: number; release: unknown; events: { id: string }[] };
    expect(release.schemaVersion).toBe(1);
    expect(release.release).toEqual({ version: '1.0.0', date: '2026-11-23' });
    expect(release.events.map((event) => event.id)).toEqual(['citizen-lab-forcedentry', 'bis-entity-list']);
    expect(await readJson('releases/index.json')).toEqual({ releases: [{ version: '1.0.0', date: '2026-11-23' }] });
  });

  it('lists releases newest first, dating an undated heading today', async () => {
    await cutRelease({ dataDir, version: '1.0.0', today });
    await cutRelease({ dataDir, version: '1.1.0', today });
    expect(await readJson('releases/index.json')).toEqual({
      releases: [
        { version: '1.1.0', date: today },
        { version: '1.0.0', date: '2026-11-23' }
      ]
    });
  });

  it('refuses to replace a published release', async () => {
    await cutRelease({ dataDir, version: '1.0.0', today });
    const published = await readFile(path.join(dataDir, 'releases/1.0.0.json'), 'utf8');
    expect(await refusal('1.0.0')).toBe('Release 1.0.0 already exists. Releases never change: publish a new version instead.');
    expect(await readFile(path.join(dataDir, 'releases/1.0.0.json'), 'utf8')).toBe(published);
  });

  it('refuses a version that is not newer than the latest', async () => {
    await cutRelease({ dataDir, version: '1.1.0', today });
    expect(await refusal('1.0.0')).toBe('Version 1.0.0 is not newer than the latest release, 1.1.0.');
  });

  it('refuses a version the changelog does not describe', async () => {
    expect(await refusal('2.0.0')).toBe('data/CHANGELOG.md has no "## 2.0.0" section. Add one that says what changed, then try again.');
    expect(await readdir(dataDir)).not.toContain('releases');
  });

  it('refuses data with errors, listing them', async () => {
    const event = path.join(dataDir, 'events/bis-entity-list.json');
    await writeFile(event, (await readFile(event, 'utf8')).replace('"place": "washington"', '"place": "washingtn"'));
    expect(await refusal('1.0.0')).toBe(
      "The data has 1 error; fix it first:\ndata/events/bis-entity-list.json:19:12  error  place: unknown place 'washingtn'; did you mean 'washington'?  (unknown-place)"
    );
    expect(await readdir(dataDir)).not.toContain('releases');
  });

  it('refuses a malformed version', async () => {
    expect(await refusal('1.0')).toBe("'1.0' is not a release version: write it as MAJOR.MINOR.PATCH, like 1.0.0.");
    expect(await refusal('v1.0.0')).toContain('is not a release version');
  });
});

describe('compareVersions', () => {
  it('compares numerically, part by part', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('2.0.0', '10.0.0')).toBeLessThan(0);
    expect(compareVersions('1.0.1', '1.0.1')).toBe(0);
  });
});

describe('changelogEntry', () => {
  it('finds "## X.Y.Z" followed by anything, and its date', () => {
    expect(changelogEntry('## 1.0.0 — 2026-11-23\n', '1.0.0')).toEqual({ date: '2026-11-23' });
    expect(changelogEntry('## 1.0.0 (first release)\n', '1.0.0')).toEqual({});
  });

  it('does not mistake another version for it', () => {
    expect(changelogEntry('## 1.0.10\n## 1.0.0-beta\n## 1x0x0\n', '1.0.0')).toBeUndefined();
    expect(changelogEntry('### 1.0.0\n', '1.0.0')).toBeUndefined();
  });
});
