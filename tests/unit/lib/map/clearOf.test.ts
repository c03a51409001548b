/* clearOf (src/lib/map/geo.ts): a popup's pan also clears what stands at the map's top (its controls, a count). */
import { describe, expect, it } from 'vitest';
import { clearOf } from '../../../../src/lib/map/geo';

/** The zoom control: 10 px from the map's top-left corner, 34 × 64 px. */
const controls = { left: 10, top: 10, right: 44, bottom: 74 };
/** A map of 400 × 500 px. */
const frame = { left: 0, top: 0, right: 400, bottom: 500 };

describe('clearOf', () => {
  it('moves a popup that would cover the controls below them, with the margin', () => {
    const box = { left: 16, top: 16, right: 296, bottom: 200 };
    expect(clearOf({ x: 0, y: 0 }, box, controls, frame, 16)).toEqual({ x: 0, y: -74 });
  });

  it('judges the box where the first pan puts it', () => {
    const box = { left: 16, top: 200, right: 296, bottom: 380 };
    expect(clearOf({ x: 0, y: 150 }, box, controls, frame, 16)).toEqual({ x: 0, y: 110 });
    expect(clearOf({ x: 0, y: 100 }, box, controls, frame, 16)).toEqual({ x: 0, y: 100 });
  });

  it('leaves a pan alone when the popup is clear of the controls, or there are none', () => {
    const box = { left: 60, top: 16, right: 340, bottom: 200 };
    expect(clearOf({ x: 0, y: 0 }, box, controls, frame, 16)).toEqual({ x: 0, y: 0 });
    expect(clearOf({ x: 5, y: 6 }, { left: 0, top: 0, right: 10, bottom: 10 }, undefined, frame, 16)).toEqual({ x: 5, y: 6 });
  });

  it('moves a popup beside the controls when the map is too short for it below them', () => {
    const short = { ...frame, bottom: 287 };
    const box = { left: 16, top: 16, right: 296, bottom: 234 };
    expect(clearOf({ x: 0, y: 0 }, box, controls, short, 16)).toEqual({ x: -44, y: 0 });
  });

  it('moves a popup beside an obstacle at the top right to its left when the map is too short below it', () => {
    /** A count laid over the map's top-right corner. */
    const count = { left: 250, top: 8, right: 392, bottom: 38 };
    const short = { ...frame, bottom: 250 };
    const box = { left: 200, top: 16, right: 380, bottom: 234 };
    expect(clearOf({ x: 0, y: 0 }, box, count, frame, 16)).toEqual({ x: 0, y: -38 });
    expect(clearOf({ x: 0, y: 0 }, box, count, short, 16)).toEqual({ x: 146, y: 0 });
  });

  it('keeps a popup whole inside a map too small to clear the controls, rather than cut it off', () => {
    const small = { left: 0, top: 0, right: 300, bottom: 287 };
    const box = { left: 16, top: 16, right: 296, bottom: 234 };
    expect(clearOf({ x: 0, y: 0 }, box, controls, small, 16)).toEqual({ x: 0, y: 0 });
  });
});
