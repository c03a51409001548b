import type { Anchor } from './jsonText.ts';

/** A finding before it is placed in its file: rules work with JSON pointers, not lines. */
export interface Problem {
  severity: 'error' | 'warning';
  rule: string;
  pointer: string;
  /** Defaults to the value; unknown fields point at their key. */
  anchor?: Anchor;
  message: string;
  hint?: string;
}

export function error(rule: string, pointer: string, message: string, hint?: string): Problem {
  return hint === undefined
    ? { severity: 'error', rule, pointer, message }
    : { severity: 'error', rule, pointer, message, hint };
}

export function warning(rule: string, pointer: string, message: string, hint?: string): Problem {
  return { ...error(rule, pointer, message, hint), severity: 'warning' };
}

/** A value as it reads in a message: texts in single quotes (shortened when long), the rest as JSON. */
export function quote(value: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value) ?? String(value);
  const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return `'${shown}'`;
}

export function didYouMeanHint(suggestion: string | undefined): string | undefined {
  return suggestion === undefined ? undefined : `did you mean '${suggestion}'?`;
}
