/* panIntoView (src/lib/map/geo.ts): the jump that brings a popup into view under reduced motion. */
import { describe, expect, it } from 'vitest';
import { panIntoView } from '../../../../src/lib/map/geo';

const frame = { left: 100, top: 50, right: 740, bottom: 450 };

describe('panIntoView', () => {
  it.each([
    ['inside', { left: 200, top: 100, right: 480, bottom: 330 }, { x: 0, y: 0 }],
    ['above the top', { left: 200, top: 20, right: 480, bottom: 250 }, { x: 0, y: -46 }],
    ['past the left edge', { left: 60, top: 100, right: 340, bottom: 330 }, { x: -56, y: 0 }],
    ['past the right edge', { left: 600, top: 100, right: 880, bottom: 330 }, { x: 156, y: 0 }],
    ['below the bottom', { left: 200, top: 300, right: 480, bottom: 500 }, { x: 0, y: 66 }],
    ['past two edges', { left: 50, top: 0, right: 330, bottom: 230 }, { x: -66, y: -66 }]
  ])('a box %s is brought inside with the margin', (_, box, offset) => {
    expect(panIntoView(box, frame, 16)).toEqual(offset);
  });

  it('keeps the top-left corner of a box larger than the frame in view', () => {
    expect(panIntoView({ left: 300, top: 200, right: 1100, bottom: 900 }, frame, 16)).toEqual({ x: 184, y: 134 });
  });
});
