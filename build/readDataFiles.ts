import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { IGNORED_DATA_DIRS, MAX_DATA_FILE_BYTES, type DataFile } from './validate/index.ts';

/**
 * Reads the data tree for the validator: every file under `dataDir` (the folder named data/), with
 * paths relative to its parent, so they always start with 'data/' wherever the tree lives
 * (`data/events/bis-entity-list.json`). Skips hidden files and the folders the validator ignores
 * (schemas, releases, templates), so large release files are never read. A file over
 * MAX_DATA_FILE_BYTES is not read either: the validator reports its size. Sorted by path.
 */
export async function readDataFiles(dataDir: string): Promise<DataFile[]> {
  const entries = await readdir(dataDir, { recursive: true, withFileTypes: true });
  const skipped = IGNORED_DATA_DIRS.map((dir) => `${dir}/`);
  const wanted = entries
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const absolute = path.join(entry.parentPath, entry.name);
      return { absolute, path: `data/${path.relative(dataDir, absolute).split(path.sep).join('/')}` };
    })
    .filter(({ path: dataPath }) => !dataPath.split('/').some((part) => part.startsWith('.')))
    .filter(({ path: dataPath }) => !skipped.some((dir) => dataPath.startsWith(dir)))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return Promise.all(
    wanted.map(async ({ absolute, path: dataPath }): Promise<DataFile> => {
      const { size } = await stat(absolute);
      if (size > MAX_DATA_FILE_BYTES) return { path: dataPath, text: '', byteLength: size };
      return { path: dataPath, text: await readFile(absolute, 'utf8') };
    })
  );
}
