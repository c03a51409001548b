/**
 * What the data can say about which way a relation runs. An arc is read as a sentence, "from kind
 * to": a court rules on a party and never sues it; only a court rules; an accusation runs from the
 * accuser to the accused, so the actor drawn as the alleged operator of surveillance against someone
 * cannot also be drawn accusing them. A meeting is mutual: drawn both ways, it reads as two meetings.
 */
import { error, quote } from './problem.ts';
import { forEachRecord } from './records.ts';
import type { Report } from './crossFile.ts';

interface EventFile {
  path: string;
  record: Record<string, unknown>;
}

export function checkRelationDirections(event: EventFile, actorKinds: ReadonlyMap<string, unknown>, report: Report): void {
  const targeting = new Set<string>();
  const meetings = new Set<string>();
  forEachRecord(event.record.relations, ({ from, to, kind }) => {
    if (kind === 'alleged-targeting' && typeof from === 'string' && typeof to === 'string') targeting.add(`${from}\u0000${to}`);
  });
  forEachRecord(event.record.relations, ({ from, to, kind }, index) => {
    if (typeof from !== 'string' || typeof to !== 'string') return;
    const problem = (pointer: string, message: string, hint: string): void =>
      report(event.path, error('relation-direction', `/relations/${index}/${pointer}`, message, hint));
    if (from === to) {
      problem('to', `this relation runs from ${quote(from)} to itself`, 'a relation joins two different actors');
      return;
    }
    const fromKind = actorKinds.get(from);
    if (kind === 'lawsuit' && fromKind === 'court') {
      problem('kind', `${quote(from)} is a court: a court rules, it does not sue`, "use kind 'ruling', drawn from the court to the party it ruled on");
    }
    if (kind === 'ruling' && fromKind !== undefined && fromKind !== 'court') {
      problem('from', `only a court rules, and ${quote(from)} is not one`, "draw the ruling from the court (an actor of kind 'court'), or use kind 'statement'");
    }
    if (kind === 'meeting') {
      if (meetings.has(`${to}\u0000${from}`)) {
        problem('from', `the meeting of ${quote(to)} and ${quote(from)} is drawn a second time, the other way round`, 'a meeting is mutual: keep one of the two relations');
      }
      meetings.add(`${from}\u0000${to}`);
    }
    if (kind === 'accusation' && targeting.has(`${from}\u0000${to}`)) {
      problem(
        'from',
        `${quote(from)} is drawn both as the alleged operator against ${quote(to)} and as accusing it`,
        `an accusation runs from the accuser to the accused: turn it round (from ${quote(to)} to ${quote(from)})`
      );
    }
  });
}
