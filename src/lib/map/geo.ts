/** A point in the plane a curve is drawn in (longitude, latitude as x, y). */
export interface PlanePoint {
  x: number;
  y: number;
}

/**
 * Points along a gentle curve from one place to another, bulging to the left of the direction of
 * travel, so A → B and B → A curve apart instead of drawing over each other.
 * Works in longitude/latitude: the map's projection keeps such curves smooth at this scale.
 */
export function arcPoints(
  from: { lat: number; lon: number },
  to: { lat: number; lon: number },
  { segments = 32, bend = 0.22 }: { segments?: number; bend?: number } = {}
): Array<[number, number]> {
  const dx = to.lon - from.lon;
  const dy = to.lat - from.lat;
  // The control point sits off the midpoint, perpendicular to the chord (rotated +90°).
  const control = { x: from.lon + dx / 2 - dy * bend, y: from.lat + dy / 2 + dx * bend };
  const points: Array<[number, number]> = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const a = (1 - t) * (1 - t);
    const b = 2 * (1 - t) * t;
    const c = t * t;
    points.push([a * from.lat + b * control.y + c * to.lat, a * from.lon + b * control.x + c * to.lon]);
  }
  return points;
}

/** Degrees clockwise from screen-up of the segment a → b, given in screen pixels (y down). */
export function screenBearing(a: PlanePoint, b: PlanePoint): number {
  return (Math.atan2(b.x - a.x, a.y - b.y) * 180) / Math.PI;
}

export interface ScreenBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * How far to pan a map (in pixels, Leaflet's panBy convention: positive moves the view right
 * and down) so that `box` sits inside `frame` with `margin` to spare. When the box is larger than
 * the frame, its top-left corner wins: a popup's heading stays readable.
 */
export function panIntoView(box: ScreenBox, frame: ScreenBox, margin: number): PlanePoint {
  const axis = (start: number, end: number, frameStart: number, frameEnd: number): number => {
    if (start < frameStart + margin) return start - frameStart - margin;
    if (end > frameEnd - margin) return Math.min(end - frameEnd + margin, start - frameStart - margin);
    return 0;
  };
  return { x: axis(box.left, box.right, frame.left, frame.right), y: axis(box.top, box.bottom, frame.top, frame.bottom) };
}

/**
 * `offset` (a pan from panIntoView), extended so that `box`, once panned, is also clear of
 * `obstacle` (something at the map's top: its controls, a count laid over it) with `margin` to
 * spare: the box goes below it, else beside it, on the side towards the map's middle. In a map
 * too small for either, the box stays whole inside `frame` and the obstacle covers its corner: a
 * popup cut off at the map's edge would lose more.
 */
export function clearOf(offset: PlanePoint, box: ScreenBox, obstacle: ScreenBox | undefined, frame: ScreenBox, margin: number): PlanePoint {
  if (!obstacle) return offset;
  const left = box.left - offset.x;
  const top = box.top - offset.y;
  const overlaps = left < obstacle.right && box.right - offset.x > obstacle.left && top < obstacle.bottom && box.bottom - offset.y > obstacle.top;
  if (!overlaps) return offset;
  const below = { x: offset.x, y: offset.y + top - obstacle.bottom - margin };
  if (box.bottom - below.y <= frame.bottom - margin) return below;
  const onTheLeft = obstacle.left + obstacle.right < frame.left + frame.right;
  if (onTheLeft) {
    const beside = { x: offset.x + left - obstacle.right - margin, y: offset.y };
    if (box.right - beside.x <= frame.right - margin) return beside;
  } else {
    const beside = { x: offset.x + (box.right - offset.x) - obstacle.left + margin, y: offset.y };
    if (box.left - beside.x >= frame.left + margin) return beside;
  }
  return offset;
}
