import type { LocalizedText, Story } from '../data/types';
import { parsePartialDate } from '../dates';

/*
 * Stepping through a story, as pure functions shared by the presenter and the embed.
 * Step numbers are 1-based everywhere (as people count them, and as links write them);
 * 0 means "no step" and only occurs for a story none of whose events are in the data.
 */

/** A story step whose event is in the dataset. */
export interface ResolvedStep<E> {
  /** 1-based position among the steps that resolved. */
  number: number;
  event: E;
  notes?: LocalizedText;
  /** The timeline window the step asks for, already read from its partial dates. */
  window?: { start: Date; end: Date };
  /** The map zoom the step asks for. */
  zoom?: number;
}

export interface ResolvedStory<E> {
  story: Story;
  steps: ResolvedStep<E>[];
  /** Event ids of steps that name no event in this dataset; those steps are left out. */
  unknownEvents: string[];
}

/**
 * Pairs each step of a story with its event. Steps naming an unknown event are dropped and
 * reported, so a story keeps working against an older or filtered data release.
 */
export function resolveStory<E>(story: Story, eventsById: ReadonlyMap<string, E>): ResolvedStory<E> {
  const steps: ResolvedStep<E>[] = [];
  const unknownEvents: string[] = [];
  for (const step of story.steps) {
    const event = eventsById.get(step.event);
    if (event === undefined) {
      unknownEvents.push(step.event);
      continue;
    }
    const window = step.window && stepWindow(step.window.from, step.window.to);
    steps.push({
      number: steps.length + 1,
      event,
      ...(step.notes ? { notes: step.notes } : {}),
      ...(window ? { window } : {}),
      ...(step.zoom !== undefined ? { zoom: step.zoom } : {})
    });
  }
  return { story, steps, unknownEvents };
}

/** From the start of `from` to the end of `to`; null when unreadable or backwards. */
function stepWindow(from: string, to: string): { start: Date; end: Date } | null {
  const start = parsePartialDate(from)?.start;
  const end = parsePartialDate(to)?.end;
  return start && end && start < end ? { start, end } : null;
}

/** Reads a 1-based step as a link writes it ("3"); anything else is undefined. */
export function parseStepNumber(value: string): number | undefined {
  return /^\d{1,4}$/.test(value) && Number(value) >= 1 ? Number(value) : undefined;
}

/** The step to show for a requested one: no step given means the first; out of range means the nearest end. */
export function clampStep(step: number | undefined, total: number): number {
  if (total < 1) return 0;
  if (step === undefined || !Number.isFinite(step)) return 1;
  return Math.min(Math.max(1, Math.trunc(step)), total);
}

/** The step after `step`: past the last, the first when looping, else the last again. */
export function nextStep(step: number, total: number, loop: boolean): number {
  if (total < 1) return 0;
  const current = clampStep(step, total);
  if (current < total) return current + 1;
  return loop ? 1 : total;
}

/** The step before `step`: before the first, the last when looping, else the first again. */
export function previousStep(step: number, total: number, loop: boolean): number {
  if (total < 1) return 0;
  const current = clampStep(step, total);
  if (current > 1) return current - 1;
  return loop ? total : 1;
}
