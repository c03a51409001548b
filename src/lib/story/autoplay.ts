/*
 * Kiosk playback: a story that advances by itself, stops for anyone who touches it, and takes
 * over again once they have walked away.
 */

export type AutoplayState = 'playing' | 'paused' | 'finished';

export interface AutoplayOptions {
  /** Time each step stays on screen. */
  intervalMs: number;
  /** Quiet time after the last input before playing again. */
  resumeAfterMs: number;
  /** Shows the next step; returns false when there is none (the end of a story that does not loop). */
  advance: () => boolean;
  onstate: (state: AutoplayState) => void;
}

/** How long a kiosk waits after the last input: long enough to read, at least one step's time. */
export function resumeDelayMs(intervalMs: number): number {
  return Math.max(30_000, intervalMs);
}

export class Autoplay {
  #options: AutoplayOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #state: AutoplayState = 'paused';

  constructor(options: AutoplayOptions) {
    this.#options = options;
  }

  get state(): AutoplayState {
    return this.#state;
  }

  /** Plays from now: the next step comes after one interval. */
  start = (): void => {
    this.#set('playing');
    this.#schedule(this.#options.intervalMs, this.#tick);
  };

  /** Any input: stop advancing, and play again after a quiet while. */
  interrupt = (): void => {
    this.#set('paused');
    this.#schedule(this.#options.resumeAfterMs, this.start);
  };

  /** Ends playback for good (the presenter closes). */
  stop = (): void => {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  };

  #tick = (): void => {
    if (this.#options.advance()) {
      this.#schedule(this.#options.intervalMs, this.#tick);
    } else {
      this.#timer = undefined;
      this.#set('finished');
    }
  };

  #schedule(delay: number, run: () => void): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(run, delay);
  }

  #set(state: AutoplayState): void {
    if (state === this.#state) return;
    this.#state = state;
    this.#options.onstate(state);
  }
}
