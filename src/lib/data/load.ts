import { migrateToLatest, UnsupportedVersionError } from './migrations';
import type { Dataset } from './types';
import { datasetUrl } from './datasetUrl';
import { builtDatasetDigest, isBuiltDataset, type BuiltDigest } from './builtDigest';

export type LoadErrorKind = 'network' | 'http' | 'timeout' | 'parse' | 'schema' | 'version' | 'unknown-release';

/** Why the data could not be shown; each kind gets its own message for the reader. */
export class DataLoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    message: string,
    readonly details: { status?: number; found?: unknown; supported?: number; version?: string } = {}
  ) {
    super(message);
    this.name = 'DataLoadError';
  }
}


export const LOAD_TIMEOUT_MS = 15_000;

/**
 * fetch → parse → migrate → validate: the one way data enters the app.
 * The same JSON Schema that checks contributors' files checks what arrives here, except the very
 * file the build checked and emitted (`builtDigest`: its length and SHA-256): the same text needs neither a
 * second check nor the validator's download before the first screen.
 */
export async function loadDataset(
  version: string | undefined,
  {
    signal,
    fetchFn = fetch,
    timeoutMs = LOAD_TIMEOUT_MS,
    builtDigest = builtDatasetDigest()
  }: { signal?: AbortSignal; fetchFn?: typeof fetch; timeoutMs?: number; builtDigest?: BuiltDigest } = {}
): Promise<Dataset> {
  const loadValidator = () => import('virtual:dataset-validator');
  // A release is always checked: its large validator downloads beside it instead of after it.
  const validator = version ? loadValidator() : undefined;
  validator?.catch(() => {}); // a failure is reported where it is awaited, if the data gets that far
  // A timer of our own (not AbortSignal.timeout) so that tests can fast-forward the clock.
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const unreachable = (error: unknown): DataLoadError | unknown => {
    if (timeout.signal.aborted) return new DataLoadError('timeout', `No answer within ${timeoutMs / 1000} s`);
    if (signal?.aborted) return error; // the query was cancelled: not a failure to show
    return new DataLoadError('network', error instanceof Error ? error.message : String(error));
  };
  let text: string;
  try {
    const response = await fetchFn(datasetUrl(version), {
      signal: signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal
    });
    // Single-page-app hosts answer unknown paths with the app's own HTML page instead of a 404.
    const answeredWithPage = (response.headers.get('content-type') ?? '').includes('text/html');
    if (version && (response.status === 404 || (response.ok && answeredWithPage))) {
      throw new DataLoadError('unknown-release', `No data release ${version}`, { status: 404, version });
    }
    if (!response.ok) throw new DataLoadError('http', `HTTP ${response.status}`, { status: response.status });
    text = await response.text();
  } catch (error) {
    throw error instanceof DataLoadError ? error : unreachable(error);
  } finally {
    clearTimeout(timer);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new DataLoadError('parse', error instanceof Error ? error.message : 'Invalid JSON');
  }
  let migrated: unknown;
  try {
    migrated = migrateToLatest(document);
  } catch (error) {
    if (error instanceof UnsupportedVersionError) {
      throw new DataLoadError('version', error.message, { found: error.found, supported: error.supported });
    }
    throw new DataLoadError('schema', error instanceof Error ? error.message : String(error));
  }
  if (!version && (await isBuiltDataset(text, builtDigest))) return migrated as Dataset;
  let validateDataset: (document: unknown) => string | null;
  try {
    ({ validateDataset } = await (validator ?? loadValidator()));
  } catch (error) {
    throw new DataLoadError('network', error instanceof Error ? error.message : String(error));
  }
  const problem = validateDataset(migrated);
  if (problem) throw new DataLoadError('schema', problem);
  return migrated as Dataset;
}
