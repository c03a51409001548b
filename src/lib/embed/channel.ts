import { pymMessage, readPymMessage } from './pym';
import { hostMessage, readSelectMessage, type FrameState, type StateCause } from './protocol';
import type { SelectionSource } from '../state/appState.svelte';

/*
 * Which host page the embed talks to, and in which format: our loader names the frame with
 * `frame=`, pym.js with `childId=`. Without either the embed is a plain iframe (or a page of its
 * own) and sends nothing.
 */

export type HostChannel = { protocol: 'loader'; frame: string } | { protocol: 'pym'; frame: string };

export function hostChannel(ids: { frame?: string; childId?: string }): HostChannel | null {
  if (ids.frame) return { protocol: 'loader', frame: ids.frame };
  if (ids.childId) return { protocol: 'pym', frame: ids.childId };
  return null;
}

/** The content height, in the host's format (pym sends it as a string of pixels). */
export function heightMessage(channel: HostChannel, height: number): unknown {
  return channel.protocol === 'pym' ? pymMessage(channel.frame, 'height', String(height)) : hostMessage(channel.frame, { type: 'height', height });
}

/** The selection, for a host that mirrors it into its address; pym has no such message (null). */
export function stateMessage(channel: HostChannel, state: FrameState, cause: StateCause): unknown {
  return channel.protocol === 'loader' ? hostMessage(channel.frame, { type: 'state', state, cause }) : null;
}

const sameFrameState = (a: FrameState, b: FrameState): boolean => a.event === b.event && a.step === b.step;

/**
 * Decides which states the host hears about. Nothing before the embed has settled what its link
 * asked for; nothing unchanged; nothing the host asked for itself (source `embed`: an echo would
 * push a history entry while the reader goes Back). The first report, and corrections of the
 * link, are `link`; everything the reader did is `reader`.
 */
export class StateReports {
  #reported: FrameState | null = null;

  /** The report to send for the state on screen, or null. */
  next(current: FrameState, source: SelectionSource, settled: boolean): { state: FrameState; cause: StateCause } | null {
    if (!settled) return null;
    const previous = this.#reported;
    this.#reported = current;
    if (source === 'embed' || (previous && sameFrameState(previous, current))) return null;
    return { state: current, cause: previous === null || source === 'url' ? 'link' : 'reader' };
  }
}

export type HostInstruction = { kind: 'report-height' } | { kind: 'select'; state: FrameState };

/**
 * What a message asks of the embed. Only the window that framed us is listened to (another
 * frame of the page, or any other window, can post to us too); anything malformed is null.
 * pym's parent sends its width on load and resize; pym's child answers with its height, and so do we.
 */
export function readHostInstruction(event: { data: unknown; source: unknown }, channel: HostChannel, parent: unknown): HostInstruction | null {
  if (event.source === null || event.source !== parent) return null;
  if (channel.protocol === 'pym') return readPymMessage(event.data, channel.frame) ? { kind: 'report-height' } : null;
  const state = readSelectMessage(event.data, channel.frame);
  return state ? { kind: 'select', state } : null;
}
