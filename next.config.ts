import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { API_SECURITY_HEADERS } from "./lib/security-headers";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // Parallel builds (several developers' checks on one machine) each use their own folder. Read here
  // directly: Next loads this file on its own; `npm start` has checked it already (lib/env.ts).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // The API's security headers (static; the pages' come with a nonce from proxy.ts).
  async headers() {
    return [{ source: "/api/:path*", headers: Object.entries(API_SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

// next-intl without locale routing: the locale of each request is chosen in i18n/request.ts.
export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
