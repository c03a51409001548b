/*
 * The messages between an embed and our loader (static/embed.js), which implements the host's side
 * of the same format. A message is a plain object:
 *   { namespace: 'pegasus-timeline', version: 1, frame: '<frame id>', type, payload }
 * embed → host: `height` { height } and `state` { event, step, cause }; host → embed: `select` { event, step }.
 * docs/EMBED.md describes it for people writing their own host.
 */

const EMBED_NAMESPACE = 'pegasus-timeline';
const PROTOCOL_VERSION = 1;

/** What a host page mirrors into its address, and hands back on Back/Forward or a reload. */
export interface FrameState {
  /** The selected event, or null when nothing is selected. */
  event: string | null;
  /** The story step on screen (1-based), or null outside a story. */
  step: number | null;
}

/**
 * Why the embed's state changed: `reader` (the reader selected or stepped in the embed: a host
 * mirroring it adds a history entry) or `link` (the embed settled what its address asked for, or
 * dropped an id it does not know: the host corrects its current entry).
 */
export type StateCause = 'reader' | 'link';

export type EmbedToHost = { type: 'height'; height: number } | { type: 'state'; state: FrameState; cause: StateCause };

export interface WireMessage {
  namespace: typeof EMBED_NAMESPACE;
  version: typeof PROTOCOL_VERSION;
  frame: string;
  type: string;
  payload: Record<string, unknown>;
}

/** An embed → host message for our loader. */
export function hostMessage(frame: string, message: EmbedToHost): WireMessage {
  const payload =
    message.type === 'height' ? { height: message.height } : { event: message.state.event, step: message.state.step, cause: message.cause };
  return { namespace: EMBED_NAMESPACE, version: PROTOCOL_VERSION, frame, type: message.type, payload };
}

const EVENT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 80;
const MAX_STEP = 9999;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A frame state from an untrusted payload; null when any part of it is malformed. */
export function readFrameState(payload: unknown): FrameState | null {
  if (!isRecord(payload)) return null;
  const { event, step } = payload;
  const eventOk = event === null || (typeof event === 'string' && event.length <= MAX_ID_LENGTH && EVENT_ID.test(event));
  const stepOk = step === null || (typeof step === 'number' && Number.isInteger(step) && step >= 1 && step <= MAX_STEP);
  return eventOk && stepOk ? { event: event as string | null, step: step as number | null } : null;
}

/** A host → embed `select` message for frame `frame`, or null for anything else or anything malformed. */
export function readSelectMessage(data: unknown, frame: string): FrameState | null {
  if (!isRecord(data)) return null;
  if (data.namespace !== EMBED_NAMESPACE || data.version !== PROTOCOL_VERSION || data.frame !== frame || data.type !== 'select') return null;
  return readFrameState(data.payload);
}
