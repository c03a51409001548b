/** Which classification of data/sources.json applies to a source's URL. */
import { describe, expect, it } from 'vitest';
import { classifySource, sourceHost, type SourceDomain } from '../../../src/lib/sources';

const domains: SourceDomain[] = [
  { domain: 'thehill.com', tier: 'original' },
  { domain: 'digital-stage.thehill.com', tier: 'mirror' },
  { domain: 'blogs.mediapart.fr', tier: 'mirror' },
  { domain: 'blogs.mediapart.fr/la-redaction-de-mediapart', tier: 'original' },
  { domain: 'rt.com', tier: 'deprecated' }
];
const tierOf = (url: string) => classifySource(url, domains)?.tier;

describe('classifySource', () => {
  it('matches a host, with or without www., and its subdomains', () => {
    expect(tierOf('https://www.thehill.com/policy/1')).toBe('original');
    expect(tierOf('https://francais.rt.com/france/1')).toBe('deprecated');
  });

  it('lets the most specific entry win: a staging host, a path prefix', () => {
    expect(tierOf('https://digital-stage.thehill.com/policy/1')).toBe('mirror');
    expect(tierOf('https://blogs.mediapart.fr/la-redaction-de-mediapart/blog/290721/x')).toBe('original');
    expect(tierOf('https://blogs.mediapart.fr/someone-else/blog/1')).toBe('mirror');
  });

  it('does not take a look-alike host or path for a match', () => {
    expect(tierOf('https://notrt.com/a')).toBeUndefined();
    expect(tierOf('https://blogs.mediapart.fr/la-redaction-de-mediapart-fan/blog/1')).toBe('mirror');
  });

  it('classifies nothing that is not a URL', () => {
    expect(tierOf('javascript alert')).toBeUndefined();
    expect(sourceHost('not a url')).toBeUndefined();
  });
});
