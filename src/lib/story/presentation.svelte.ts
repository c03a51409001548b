import type { AppState } from '../state/appState.svelte';
import type { StepCommand } from './commands';
import { StoryPresenter } from './presenter';
import { openStepChannel, type StepChannel } from './stepChannel';
import type { ResolvedStory } from './steps';

/**
 * A window taking part in a presentation (the main window or its speaker view): shows the link's
 * step, and keeps every window of the story on the same step. Steps taken here are posted to the
 * others; steps taken there are followed without being posted back (no echo). Call during
 * component initialisation: the channel lives as long as the component.
 */
export function joinPresentation<E extends { id: string }>(
  app: AppState,
  story: () => ResolvedStory<E>,
  /** Called when another window moved the story (the main window pauses its autoplay). */
  onremotestep?: () => void
) {
  const presenter = new StoryPresenter(app, story);
  let channel: StepChannel | undefined;

  $effect(() => {
    const opened = openStepChannel(story().story.id, (step) => {
      onremotestep?.();
      presenter.go(step);
    });
    channel = opened;
    return () => {
      opened.close();
      channel = undefined;
    };
  });

  presenter.go(app.step ?? 1);

  return {
    presenter,
    go: (step: number) => {
      presenter.go(step);
      channel?.post(presenter.current);
    },
    run: (command: StepCommand) => {
      presenter.run(command);
      channel?.post(presenter.current);
    }
  };
}
