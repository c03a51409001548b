import { describe, expect, it } from 'vitest';
import { arcPoints, screenBearing } from '../../../../src/lib/map/geo';

describe('arcPoints', () => {
  const washington = { lat: 38.8937, lon: -77.0327 };
  const jerusalem = { lat: 31.7683, lon: 35.2137 };

  it('starts and ends exactly at the two places', () => {
    const points = arcPoints(washington, jerusalem, { segments: 16 });
    expect(points).toHaveLength(17);
    expect(points[0]).toEqual([washington.lat, washington.lon]);
    expect(points[16]?.[0]).toBeCloseTo(jerusalem.lat, 10);
    expect(points[16]?.[1]).toBeCloseTo(jerusalem.lon, 10);
  });

  it('bulges away from the straight line', () => {
    const middle = arcPoints(washington, jerusalem, { segments: 2 })[1]!;
    const straight = (washington.lat + jerusalem.lat) / 2;
    expect(Math.abs(middle[0] - straight)).toBeGreaterThan(5);
  });

  it('curves A → B and B → A to opposite sides, so both stay visible', () => {
    const there = arcPoints(washington, jerusalem, { segments: 2 })[1]!;
    const back = arcPoints(jerusalem, washington, { segments: 2 })[1]!;
    const straight = (washington.lat + jerusalem.lat) / 2;
    expect(Math.sign(there[0] - straight)).toBe(-Math.sign(back[0] - straight));
  });
});

describe('screenBearing', () => {
  it('measures clockwise from up, with y pointing down', () => {
    expect(screenBearing({ x: 0, y: 0 }, { x: 0, y: -1 })).toBeCloseTo(0);
    expect(screenBearing({ x: 0, y: 0 }, { x: 1, y: 0 })).toBeCloseTo(90);
    expect(screenBearing({ x: 0, y: 0 }, { x: 0, y: 1 })).toBeCloseTo(180);
    expect(screenBearing({ x: 0, y: 0 }, { x: -1, y: 0 })).toBeCloseTo(-90);
  });
});
