/*
 * The message format of pym.js v1 (node_modules/pym.js/dist/pym.v1.js, `_makeMessage` and
 * `_makeMessageRegex`), so newsroom pages that already use pym's Parent can host the embed
 * without our loader. A message is one string: `pym`, the frame id, the type and the message,
 * joined by `xPYMx`. pym's parent names its frame with the `childId` query parameter it adds to
 * the iframe's src (with `initialWidth`, `parentTitle` and `parentUrl`, which we do not need).
 */

const DELIMITER = 'xPYMx';

/** A message as pym.js writes it, e.g. `pymxPYMxtimelinexPYMxheightxPYMx612`. */
export function pymMessage(frameId: string, type: string, message: string): string {
  return ['pym', frameId, type, message].join(DELIMITER);
}

/** Message types pym's parent sends a child: its width on load and on every window resize. */
export type PymParentMessage = { type: 'width'; width: number };

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Reads a message addressed to frame `frameId`, with the same pattern pym.js matches
 * (`^pymxPYMx<id>xPYMx(\S+)xPYMx(.*)$`). Anything else, including types we do not handle, is null.
 */
export function readPymMessage(data: unknown, frameId: string): PymParentMessage | null {
  if (typeof data !== 'string') return null;
  const pattern = new RegExp(`^pym${DELIMITER}${escapeRegExp(frameId)}${DELIMITER}(\\S+)${DELIMITER}(.*)$`);
  const match = pattern.exec(data);
  if (!match) return null;
  const [, type, message] = match;
  if (type === 'width' && message !== undefined && /^\d{1,6}$/.test(message)) return { type: 'width', width: Number(message) };
  return null;
}
