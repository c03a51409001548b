/**
 * The source policy (data/sources.json, ../../src/lib/sources.ts): an event may not cite a mirror or
 * a deprecated outlet, must rest on at least one primary document or original outlet, and a domain
 * nobody has classified yet is flagged so that the pull request that cites it classifies it.
 */
import { classifySource, GROUND_TIERS, REJECTED_TIERS, SOURCE_TIERS, sourceHost, type SourceDomain } from '../../src/lib/sources.ts';
import { error, quote, warning } from './problem.ts';
import { forEachRecord } from './records.ts';
import type { Report } from './crossFile.ts';
import { SOURCE_URL } from './schema.ts';

interface EventFile {
  path: string;
  record: Record<string, unknown>;
}

interface DomainEntry {
  path: string;
  pointer: string;
  record: Record<string, unknown>;
}

const CLASSIFY_HINT = `classify it in data/sources.json in this pull request, as one of ${SOURCE_TIERS.join(', ')} (CONTRIBUTING.md, "Sources")`;

/** Reports repeated domains in data/sources.json; returns the entries to classify sources with. */
export function sourceDomains(entries: DomainEntry[], report: Report): SourceDomain[] {
  const seen = new Set<string>();
  const domains: SourceDomain[] = [];
  for (const { path, pointer, record } of entries) {
    const { domain, tier } = record;
    if (typeof domain !== 'string' || typeof tier !== 'string' || !(SOURCE_TIERS as readonly string[]).includes(tier)) continue;
    if (seen.has(domain)) {
      report(path, error('duplicate-domain', `${pointer}/domain`, `the domain ${quote(domain)} is classified twice`, 'keep one entry per domain'));
      continue;
    }
    seen.add(domain);
    domains.push(record as unknown as SourceDomain);
  }
  return domains;
}

export function checkEventSources(event: EventFile, domains: readonly SourceDomain[], report: Report): void {
  let grounded = false;
  let malformed = false;
  const unknownHosts: string[] = [];
  forEachRecord(event.record.sources, (source, index) => {
    const { url } = source;
    const host = typeof url === 'string' && SOURCE_URL.test(url) ? sourceHost(url) : undefined;
    if (typeof url !== 'string' || host === undefined) {
      malformed = true; // the schema rules say what is wrong with it; its publisher is unknown until then
      return;
    }
    const pointer = `/sources/${index}/url`;
    const entry = classifySource(url, domains);
    if (entry === undefined) {
      unknownHosts.push(host);
      report(event.path, warning('unknown-source-domain', pointer, `the publisher's domain ${quote(host)} is not classified yet`, CLASSIFY_HINT));
      return;
    }
    if (GROUND_TIERS.has(entry.tier)) grounded = true;
    if (!REJECTED_TIERS.has(entry.tier)) return;
    const why = entry.note === undefined ? '' : ` (${entry.note})`;
    if (entry.tier === 'deprecated') {
      report(
        event.path,
        error('deprecated-source', pointer, `${quote(entry.domain)} is a deprecated source${why}`, 'cite the primary document or an original outlet instead')
      );
    } else {
      report(
        event.path,
        error(
          'mirror-source',
          pointer,
          `${quote(entry.domain)} is a mirror, aggregator, blog or content farm${why}`,
          'cite the page it copies (the original outlet) or the document itself'
        )
      );
    }
  });
  if (grounded || malformed || !Array.isArray(event.record.sources) || event.record.sources.length === 0) return;
  report(
    event.path,
    error(
      'needs-original-source',
      '/sources',
      'none of these sources is a primary document or an original outlet',
      unknownHosts.length > 0
        ? `add one, or classify ${unknownHosts.map((host) => quote(host)).join(', ')} in data/sources.json if it is one`
        : 'add the document itself (court, government, company, NGO report) or the outlet that reported it in its own name; a wire copy does not count'
    )
  );
}
