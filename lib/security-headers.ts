/**
 * The security headers of every answer (pages through proxy.ts, the API through next.config.ts).
 * Pages get a Content-Security-Policy whose scripts need this request's nonce ('strict-dynamic': the
 * scripts Next loads with it may load their own chunks); no inline script without it runs.
 *
 * Styles allow 'unsafe-inline': React writes `style={{…}}` attributes (the layout grid places every box
 * by inline top/left/width, the proof prints with an inline <style>), and a style attribute cannot carry a
 * nonce (a nonce in style-src would also switch 'unsafe-inline' off). Inline CSS cannot run script.
 */
const COMMON: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
};

/** HSTS for a year once we are served over https (NEXTAUTH_URL); over http a browser would ignore it anyway. */
const HSTS = "max-age=31536000";

export function pageContentSecurityPolicy({ nonce, https, dev }: { nonce: string; https: boolean; dev: boolean }): string {
  return [
    "default-src 'self'",
    // React in development rebuilds error stacks with eval; production needs none.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export function pageSecurityHeaders(opts: { nonce: string; https: boolean; dev: boolean }): Record<string, string> {
  return { ...COMMON, "Content-Security-Policy": pageContentSecurityPolicy(opts), ...(opts.https ? { "Strict-Transport-Security": HSTS } : {}) };
}

/** JSON and PDF answers run nothing and are framed by no one. */
export const API_SECURITY_HEADERS: Record<string, string> = { ...COMMON, "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'" };

/** A fresh nonce for one answer (128 random bits). */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
