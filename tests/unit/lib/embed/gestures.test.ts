import { describe, expect, it } from 'vitest';
import { wheelZooms, zoomKeyName } from '../../../../src/lib/embed/gestures';

/* The DOM half (wheelGate, singleFingerHint) runs in a browser: tests/e2e/embed-loader.spec.ts. */

describe('cooperative gestures', () => {
  it.each([
    [{ ctrlKey: false, metaKey: false }, false],
    [{ ctrlKey: true, metaKey: false }, true],
    [{ ctrlKey: false, metaKey: true }, true]
  ])('a wheel with %j zooms: %s', (keys, zooms) => {
    expect(wheelZooms(keys)).toBe(zooms);
  });

  it('names ⌘ on Apple systems and Ctrl elsewhere', () => {
    expect(zoomKeyName('MacIntel')).toBe('⌘');
    expect(zoomKeyName('iPhone')).toBe('⌘');
    expect(zoomKeyName('Win32')).toBe('Ctrl');
    expect(zoomKeyName('Linux x86_64')).toBe('Ctrl');
  });
});
