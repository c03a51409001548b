import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../src/lib/data/builtDigest';

describe('sha256Hex', () => {
  it('is the standard SHA-256 of the text’s UTF-8 bytes, in hex', async () => {
    // FIPS 180-2's test vector.
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    // "é" hashed as its UTF-8 bytes C3 A9 (the data's French text), not as one Latin-1 byte.
    expect(await sha256Hex('é')).toBe('4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c');
  });
});
