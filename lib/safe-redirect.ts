/**
 * Where to send someone after signing in, from a `callbackUrl` anyone can put in a link: only somewhere on
 * our own origin, else the dashboard. Decided on the URL as a browser would read it (the WHATWG parser
 * drops tabs and newlines and reads `\` as `/`), so `/\evil.example`, `/%09/evil.example` (a tab once
 * decoded), `//evil.example` and `https://evil.example` all resolve to another origin and are refused.
 */
export function safeRedirectPath(callbackUrl: string | null | undefined, appOrigin: string): string {
  if (!callbackUrl) return "/";
  let target: URL;
  try {
    target = new URL(callbackUrl, appOrigin);
  } catch {
    return "/";
  }
  if (target.origin !== new URL(appOrigin).origin) return "/";
  return `${target.pathname}${target.search}${target.hash}`;
}
