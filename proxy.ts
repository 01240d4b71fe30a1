import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { newNonce, pageSecurityHeaders } from "@/lib/security-headers";

/**
 * Security headers of every page, with a fresh CSP nonce per request: Next reads the nonce from the
 * request's Content-Security-Policy header and puts it on the scripts it renders (every page is dynamic,
 * see app/layout.tsx). Not the API: a proxy on a route makes Next copy the request body for it, which would
 * defeat the streamed 1 MB limit of parseBody; the API's headers are static (next.config.ts).
 */
export function proxy(request: NextRequest) {
  const headers = pageSecurityHeaders({
    nonce: newNonce(),
    https: new URL(env().NEXTAUTH_URL).protocol === "https:",
    dev: process.env.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico).*)" }],
};
