/*
 * What a presenter's key presses and swipes mean. Pure, so the mapping is tested without a
 * browser; Presenter.svelte and SpeakerView.svelte carry the commands out.
 */

export type StepCommand = 'next' | 'previous' | 'first' | 'last';
export type PresenterCommand = StepCommand | 'fullscreen' | 'speaker' | 'help' | 'leave';

/** Clickers send PageUp/PageDown; keyboards the arrows, Space and Enter. */
export const COMMAND_BY_KEY: Readonly<Record<string, PresenterCommand>> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  Enter: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
  s: 'speaker',
  S: 'speaker',
  '?': 'help',
  Escape: 'leave'
};

/** The parts of a focused element the mapping looks at. */
interface KeyTarget {
  tagName?: string;
  isContentEditable?: boolean;
  getAttribute?: (name: string) => string | null;
}

/** The parts of a KeyboardEvent the mapping looks at. */
export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  defaultPrevented: boolean;
  target: EventTarget | KeyTarget | null;
}

const TEXT_ENTRY_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const ACTIVATABLE_TAGS = new Set(['BUTTON', 'A', 'SUMMARY']);

/**
 * The command a key press asks for, or null when it is not the presenter's: a key with Ctrl, ⌘ or
 * Alt (Ctrl+P prints), a key typed into a form field, or Space/Enter on a focused button or link
 * (which activate that control).
 */
export function presenterCommand(press: KeyPress): PresenterCommand | null {
  if (press.defaultPrevented || press.altKey || press.ctrlKey || press.metaKey) return null;
  const command = COMMAND_BY_KEY[press.key];
  if (!command) return null;
  const target = (press.target ?? {}) as KeyTarget;
  const tag = target.tagName?.toUpperCase() ?? '';
  if (TEXT_ENTRY_TAGS.has(tag) || target.isContentEditable) return null;
  const activatable = ACTIVATABLE_TAGS.has(tag) || target.getAttribute?.('role') === 'button';
  if ((press.key === ' ' || press.key === 'Enter') && activatable) return null;
  return command;
}

/** The shortest horizontal travel, in CSS pixels, that counts as a swipe. */
export const MIN_SWIPE_DISTANCE = 60;

/** A mostly horizontal swipe: to the left shows the next step, to the right the previous one. */
export function swipeCommand(dx: number, dy: number): StepCommand | null {
  if (Math.abs(dx) < MIN_SWIPE_DISTANCE || Math.abs(dx) < 2 * Math.abs(dy)) return null;
  return dx < 0 ? 'next' : 'previous';
}
