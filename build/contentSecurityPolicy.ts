import type { Plugin } from 'vite';

/**
 * The production Content-Security-Policy: only this origin's own scripts, no inline script, no eval,
 * no request to anyone else. Inline styles stay allowed because Leaflet and vis-timeline position
 * their elements with style attributes. Hosts should send the same policy as a header (docs/SECURITY.md),
 * where frame-ancestors can also be set; a meta tag cannot carry it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'"
].join('; ');

/** Adds the policy to the built index.html (not in development, where Vite's client needs more). */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'pegasus-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }
      ]
    }
  };
}
