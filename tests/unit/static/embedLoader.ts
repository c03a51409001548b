import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';

/** The state an embed shows, as the loader mirrors it. */
export interface LoaderFrameState {
  event: string | null;
  step: number | null;
}

/** The pure half of static/embed.js, loaded the way a CommonJS consumer gets it (its `start` is not run). */
export interface Loader {
  readEmbedMessage: (
    data: unknown,
    frame: string
  ) => { type: 'height'; height: number } | { type: 'state'; state: LoaderFrameState; cause: 'reader' | 'link' } | null;
  selectMessage: (frame: string, state: LoaderFrameState) => unknown;
  readHash: (hash: string, frame: string) => LoaderFrameState | undefined;
  writeHash: (hash: string, frame: string, state: LoaderFrameState | null) => string;
  frameSrc: (embedUrl: string, base: string, frame: string, state: LoaderFrameState | undefined, cap?: number | null) => URL | null;
  readCap: (value: string | null) => number | null;
  snippetState: (url: URL) => LoaderFrameState;
}

export function loadLoader(): Loader {
  const module = { exports: {} as Loader };
  runInNewContext(readFileSync('static/embed.js', 'utf8'), { module, URL });
  return module.exports;
}
