/**
 * The source policy: which publishers a claim here may rest on. data/sources.json classifies
 * publishers by domain into tiers; the validator rejects what a newsroom cannot stand behind and the
 * detail panel tells readers what kind of source each one is.
 */

/**
 * From strongest to weakest. `primary`: the document itself (a government, court, company or NGO
 * publishing its own act or report); `original`: an outlet or news agency reporting in its own
 * name; `wire-copy`: a licensed reprint of an agency story by another paper; `mirror`: aggregators,
 * mirrors, blogs, content farms, staging copies; `deprecated`: state propaganda outlets (RT, Sputnik).
 */
export const SOURCE_TIERS = ['primary', 'original', 'wire-copy', 'mirror', 'deprecated'] as const;
export type SourceTier = (typeof SOURCE_TIERS)[number];

/** Tiers the validator rejects: cite the page they copy, or the document itself. */
export const REJECTED_TIERS: ReadonlySet<SourceTier> = new Set(['mirror', 'deprecated']);
/** Every event needs at least one source of these tiers. */
export const GROUND_TIERS: ReadonlySet<SourceTier> = new Set(['primary', 'original']);

/** One line of data/sources.json. */
export interface SourceDomain {
  /** A host (`lemonde.fr`, covering its subdomains) or a host and path prefix (`blogs.mediapart.fr/la-redaction-de-mediapart`). */
  domain: string;
  tier: SourceTier;
  /** Why, where it is not obvious (a mirror: of what; a deprecated outlet: who deprecates it). */
  note?: string;
}

/** `https://www.lemonde.fr/a/b?c` → `lemonde.fr/a/b`: the host without `www.`, and the path. Undefined if not a URL. */
export function sourceAddress(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return parsed.hostname.toLowerCase().replace(/^www\./, '') + parsed.pathname.replace(/\/+$/, '');
}

/** The host part of {@link sourceAddress}: what a contributor classifies when a domain is unknown. */
export function sourceHost(url: string): string | undefined {
  return sourceAddress(url)?.split('/')[0];
}

/**
 * The classification that applies to a URL: the most specific entry whose domain is the URL's host,
 * a parent domain of it, or a path prefix of its address. Undefined when no entry applies.
 */
export function classifySource(url: string, domains: readonly SourceDomain[]): SourceDomain | undefined {
  const address = sourceAddress(url);
  if (address === undefined) return undefined;
  const host = address.split('/')[0] ?? '';
  let best: SourceDomain | undefined;
  for (const entry of domains) {
    const [entryHost = '', ...entryPath] = entry.domain.split('/');
    const hostMatches = host === entryHost || host.endsWith(`.${entryHost}`);
    if (!hostMatches) continue;
    if (entryPath.length > 0) {
      const prefix = `${host}/${entryPath.join('/')}`;
      if (address !== prefix && !address.startsWith(`${prefix}/`)) continue;
    }
    if (best === undefined || entry.domain.length > best.domain.length) best = entry;
  }
  return best;
}
