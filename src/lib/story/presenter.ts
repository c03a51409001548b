import type { AppState } from '../state/appState.svelte';
import type { StepCommand } from './commands';
import { clampStep, nextStep, previousStep, type ResolvedStep, type ResolvedStory } from './steps';

/**
 * A story being presented, driving the one app state: showing a step selects its event
 * everywhere (source 'story'), moves the timeline to the step's window and asks the map for the
 * step's zoom. The step itself lives in `app.step`, so the link follows it. Reads are plain getters
 * over reactive state, so components and effects that read them update with the step.
 */
export class StoryPresenter<E extends { id: string }> {
  readonly #app: AppState;
  readonly #story: () => ResolvedStory<E>;

  /** `story` is read on every access, so the presenter follows a story that changes. */
  constructor(app: AppState, story: () => ResolvedStory<E>) {
    this.#app = app;
    this.#story = story;
  }

  get steps(): ResolvedStep<E>[] {
    return this.#story().steps;
  }

  get total(): number {
    return this.steps.length;
  }

  /** The step on screen, 1-based; 0 when none of the story's events is in the data. */
  get current(): number {
    return clampStep(this.#app.step, this.total);
  }

  get step(): ResolvedStep<E> | undefined {
    return this.steps[this.current - 1];
  }

  /** The step that comes next (the first again when looping), or undefined at the end. */
  get upcoming(): ResolvedStep<E> | undefined {
    const next = nextStep(this.current, this.total, this.#app.loop);
    return next === this.current ? undefined : this.steps[next - 1];
  }

  /** Shows a step (clamped into the story). */
  go = (step: number): void => {
    const number = clampStep(step, this.total);
    const shown = this.steps[number - 1];
    if (!shown) return;
    this.#app.step = number;
    // A fresh object, so returning to a step re-applies its window even if the reader panned away.
    if (shown.window) this.#app.setWindow({ start: shown.window.start, end: shown.window.end });
    this.#app.select(shown.event.id, 'story', shown.zoom);
  };

  run = (command: StepCommand): void => {
    const loop = this.#app.loop;
    const steps: Record<StepCommand, () => number> = {
      next: () => nextStep(this.current, this.total, loop),
      previous: () => previousStep(this.current, this.total, loop),
      first: () => 1,
      last: () => this.total
    };
    this.go(steps[command]());
  };

  /** Ends the presentation; the selection stays, so the reader carries on from the last step. */
  leave = (): void => {
    this.#app.story = undefined;
    this.#app.step = undefined;
    this.#app.autoplay = undefined;
    this.#app.loop = false;
  };
}
