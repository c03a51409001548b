import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';

/**
 * The production Content-Security-Policy: only this origin's own scripts, plus the inline scripts
 * the build itself wrote (each allowed by its hash: the first screen's chooser, see
 * build/firstScreen/choice.ts), no eval, no request to anyone else. Inline styles stay allowed
 * because Leaflet and vis-timeline position their elements with style attributes. Hosts should
 * send the same policy as a header (docs/SECURITY.md), where frame-ancestors can also be set; a
 * meta tag cannot carry it.
 */
export function contentSecurityPolicy(inlineScripts: readonly string[] = []): string {
  const hashes = inlineScripts.map((script) => ` 'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`);
  return [
    "default-src 'self'",
    `script-src 'self'${hashes.join('')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'"
  ].join('; ');
}

/** The text of every inline <script> of a page (those without src). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((match) => match[1] ?? '');
}

/** Adds the policy to the built index.html (not in development, where Vite's client needs more). */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'pegasus-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(inlineScripts(html)) }, injectTo: 'head-prepend' }
      ]
    }
  };
}
