import { compression } from 'vite-plugin-compression2';
import { constants } from 'node:zlib';
import type { Plugin } from 'vite';

/** What a host compresses: text formats (scripts, styles, pages, data, the basemap, SVG). Images and fonts are compressed already. */
export const COMPRESSIBLE = /\.(html|js|mjs|css|json|topojson|geojson|svg|md|txt|xml|webmanifest)$/;

/**
 * Writes `name.gz` and `name.br` beside every compressible file of the build, at the highest
 * levels (a build compresses once; a host compressing on the fly uses lower ones), for hosts that
 * serve precompressed files: nginx `gzip_static` / `brotli_static`, Netlify, Cloudflare Pages.
 * Every such file gets both, even where one is not smaller (tiny files): a host then never falls
 * back to compressing on the fly, and the rule is simple to check.
 */
export function precompressedAssets(): Plugin {
  return compression({
    include: COMPRESSIBLE,
    algorithms: [
      ['gzip', { level: constants.Z_BEST_COMPRESSION }],
      ['brotliCompress', { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }]
    ],
    skipIfLargerOrEqual: false,
    logLevel: 'silent'
  });
}
