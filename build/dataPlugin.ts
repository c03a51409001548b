import type { Plugin, ViteDevServer } from 'vite';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { readDataFiles } from './readDataFiles.ts';
import { validateDataFiles, formatFinding, type Finding } from './validate/index.ts';
import { compileDataset } from './compile.ts';
import { dataFileValidatorsModule, datasetValidatorModule } from './schemaValidator.ts';
import { DATASET_DIGEST_META, digestOf } from '../src/lib/data/builtDigest.ts';

const VIRTUAL_VALIDATOR = 'virtual:dataset-validator';
const RESOLVED_VALIDATOR = `\0${VIRTUAL_VALIDATOR}`;
/** The data-file validators compiled ahead of time, for browsers (see build/validate/schemaValidators.ts). */
const RESOLVED_FILE_VALIDATORS = '\0pegasus-data-file-validators';

/** Compiles data/ into the JSON the app fetches; invalid data stops the build with the validator's words. */
export async function compileLatest(root: string): Promise<{ json?: string; errors: Finding[] }> {
  const files = await readDataFiles(path.join(root, 'data'));
  const { findings, data } = validateDataFiles(files);
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length) return { errors };
  const today = new Date().toISOString().slice(0, 10);
  return { json: JSON.stringify(compileDataset(data, { version: 'latest', date: today })), errors };
}

function describe(errors: Finding[]): string {
  const shown = errors.slice(0, 20).map(formatFinding);
  const more = errors.length > shown.length ? [`…and ${errors.length - shown.length} more`] : [];
  return [`Invalid data (${errors.length} error${errors.length === 1 ? '' : 's'}); run \`npm run validate\`:`, ...shown, ...more].join('\n');
}

/** Frozen releases are served byte for byte: a pinned embed must keep showing what it was written against. */
async function releaseFiles(root: string): Promise<Array<{ name: string; source: string }>> {
  const dir = path.join(root, 'data', 'releases');
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  return Promise.all(names.map(async (name) => ({ name, source: await readFile(path.join(dir, name), 'utf8') })));
}

export function dataPlugin(): Plugin {
  let root = process.cwd();
  let building = false;
  /** A build compiles the data once: the file it emits is the one whose digest the app carries. */
  let compiled: ReturnType<typeof compileLatest> | undefined;
  const compiledOnce = () => (compiled ??= compileLatest(root));

  const sendOverlay = (server: ViteDevServer, errors: Finding[]) => {
    const first = errors[0];
    server.ws.send({
      type: 'error',
      err: {
        message: describe(errors),
        stack: '',
        plugin: 'pegasus-data',
        ...(first ? { id: first.file, loc: { file: first.file, line: first.line, column: first.column } } : {})
      }
    });
  };

  return {
    name: 'pegasus-data',
    // Before Vite's resolver, which would otherwise resolve ./schemaValidators.ts to the file.
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
    },
    buildStart() {
      compiled = undefined;
    },
    // The page names the data file the build checked (src/lib/data/load.ts), so the app does not check
    // it again; in the page, not a script, so a data edit leaves the scripts' cached files valid. The
    // dev server compiles the data afresh on each request: there the app checks what it gets.
    async transformIndexHtml() {
      if (!building) return [];
      const { json } = await compiledOnce();
      const digest = json === undefined ? undefined : await digestOf(json);
      if (digest === undefined) return [];
      return [{ tag: 'meta', attrs: { name: DATASET_DIGEST_META, content: digest.sha256, 'data-length': String(digest.length) }, injectTo: 'head' }];
    },
    resolveId(id, importer) {
      if (id === VIRTUAL_VALIDATOR) return RESOLVED_VALIDATOR;
      // Only where the code runs in a browser: Node (tests, SSR) compiles at run time as the CLI does.
      const inBrowser = this.environment.config.consumer === 'client';
      if (inBrowser && id === './schemaValidators.ts' && importer?.endsWith('/build/validate/schema.ts')) return RESOLVED_FILE_VALIDATORS;
      return undefined;
    },
    load(id) {
      if (id === RESOLVED_VALIDATOR) return datasetValidatorModule();
      if (id === RESOLVED_FILE_VALIDATORS) return dataFileValidatorsModule();
      return undefined;
    },
    configureServer(server) {
      const dataDir = path.join(root, 'data');
      server.watcher.add(dataDir);
      const onChange = async (file: string) => {
        if (!file.startsWith(dataDir) || !file.endsWith('.json')) return;
        const { errors } = await compileLatest(root);
        if (errors.length) sendOverlay(server, errors);
        else server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);

      server.middlewares.use(async (request, response, next) => {
        const url = (request.url ?? '').split('?')[0] ?? '';
        const base = server.config.base.replace(/\/$/, '');
        if (url === `${base}/data/dataset.json`) {
          const { json, errors } = await compileLatest(root);
          if (!json) {
            sendOverlay(server, errors);
            response.statusCode = 500;
            response.setHeader('Content-Type', 'text/plain; charset=utf-8');
            response.end(describe(errors));
            return;
          }
          response.setHeader('Content-Type', 'application/json; charset=utf-8');
          response.end(json);
          return;
        }
        const release = url.startsWith(`${base}/data/releases/`) ? url.slice(`${base}/data/releases/`.length) : undefined;
        if (release !== undefined) {
          const file = (await releaseFiles(root)).find((candidate) => candidate.name === release);
          if (!file) {
            response.statusCode = 404;
            response.end('No such data release');
            return;
          }
          response.setHeader('Content-Type', 'application/json; charset=utf-8');
          response.end(file.source);
          return;
        }
        if (url === `${base}/data/CHANGELOG.md`) {
          response.setHeader('Content-Type', 'text/markdown; charset=utf-8');
          response.end(await readFile(path.join(root, 'data', 'CHANGELOG.md'), 'utf8'));
          return;
        }
        next();
      });
    },
    async generateBundle() {
      const { json, errors } = await compiledOnce();
      if (!json) this.error(describe(errors));
      this.emitFile({ type: 'asset', fileName: 'data/dataset.json', source: json });
      for (const { name, source } of await releaseFiles(root)) {
        this.emitFile({ type: 'asset', fileName: `data/releases/${name}`, source });
      }
      this.emitFile({
        type: 'asset',
        fileName: 'data/CHANGELOG.md',
        source: await readFile(path.join(root, 'data', 'CHANGELOG.md'), 'utf8')
      });
    }
  };
}
