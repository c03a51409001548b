/*
 * Keeps a presenter's windows on the same step: the main window and its speaker view each post
 * the step they moved to, and follow the other's. BroadcastChannel only reaches windows of this
 * origin; where it is missing or refused (old browsers, some sandboxed frames) each window simply
 * steps on its own.
 */

export interface StepChannel {
  /** Tells the other windows this one moved to `step` (1-based). */
  post: (step: number) => void;
  close: () => void;
}

interface StepMessage {
  type: 'step';
  story: string;
  step: number;
}

/** The step a message asks for, if it is a step message about this story. */
export function readStepMessage(data: unknown, story: string): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as Partial<StepMessage>;
  if (message.type !== 'step' || message.story !== story) return undefined;
  return typeof message.step === 'number' && Number.isInteger(message.step) && message.step >= 1 ? message.step : undefined;
}

export function openStepChannel(story: string, onstep: (step: number) => void): StepChannel {
  let channel: BroadcastChannel;
  try {
    channel = new BroadcastChannel(`pegasus-timeline:story:${story}`);
  } catch {
    return { post: () => {}, close: () => {} };
  }
  channel.onmessage = (message: MessageEvent<unknown>) => {
    const step = readStepMessage(message.data, story);
    if (step !== undefined) onstep(step);
  };
  return {
    post: (step) => {
      const message: StepMessage = { type: 'step', story, step };
      try {
        channel.postMessage(message);
      } catch {
        // The channel is closed (the window is going away): nothing to keep in step.
      }
    },
    close: () => channel.close()
  };
}
