/**
 * Rules for data/eras.json that its schema cannot express: an era ends after it starts, and eras do
 * not overlap (they are drawn as bands side by side behind the timeline). An era's dates include
 * their whole day, month or year: one that ends in '2021-11' runs to 30 November.
 */
import { eventSpan } from '../../src/lib/dates.ts';
import { checkPeriod } from './dates.ts';
import { error, quote, type Problem } from './problem.ts';
import { forEachRecord } from './records.ts';

interface DatedEra {
  index: number;
  id: string;
  /** The first instant it covers, and the first after it (UTC). */
  start: Date;
  end: Date;
}

export function eraProblems(eras: unknown): Problem[] {
  const problems: Problem[] = [];
  const dated: DatedEra[] = [];
  forEachRecord(eras, (era, index) => {
    const period = checkPeriod(era.start, era.end, `/eras/${index}/end`, { start: 'start', end: 'end' });
    if (period !== undefined) {
      problems.push(period);
      return;
    }
    const { id, start, end } = era;
    const span = typeof start === 'string' && typeof end === 'string' ? eventSpan(start, end) : null;
    if (!span) return; // the schema and the calendar check report those
    dated.push({ index, id: typeof id === 'string' ? id : `#${index}`, ...span });
  });
  dated.sort((a, b) => a.start.getTime() - b.start.getTime() || a.index - b.index);
  // The era reaching furthest so far: a long era can overlap several that start after it.
  let reaching: DatedEra | undefined;
  for (const era of dated) {
    if (reaching !== undefined && era.start < reaching.end) {
      problems.push(
        error(
          'era-overlap',
          `/eras/${era.index}/start`,
          `era ${quote(era.id)} starts before era ${quote(reaching.id)} has ended`,
          `eras are drawn side by side: end ${quote(reaching.id)} earlier or start ${quote(era.id)} later`
        )
      );
    }
    if (reaching === undefined || era.end > reaching.end) reaching = era;
  }
  return problems;
}
