/**
 * The production server `npm start` runs: Next's own request handler behind a plain Node HTTP server, so
 * that the app knows the connection's real address. `next start` keeps a client's X-Forwarded-For as sent
 * and only fills it from the socket when there is none (next/dist/server/base-server.js), so a client could
 * pick any address it liked; here X-Forwarded-For is rewritten to the one address lib/client-address.ts
 * decides (the socket's, or behind NEWSDESK_TRUSTED_PROXIES the right-most untrusted hop) before Next sees it.
 */
import http from "node:http";
import next from "next";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "@/lib/client-address";
import { env } from "@/lib/env";

async function main() {
  const { PORT, NEWSDESK_TRUSTED_PROXIES: trusted } = env();
  const app = next({ dev: false, dir: process.cwd(), port: PORT, hostname: "localhost" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((req, res) => {
    const forwardedFor = req.headers[CLIENT_ADDRESS_HEADER];
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddress({
      socket: req.socket.remoteAddress,
      forwardedFor: Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor,
      trusted,
    });
    void handle(req, res);
  });
  // Idle keep-alive connections stay open 65 s (Node's default is 5 s): a client (or a proxy) reusing a
  // socket the server is just closing gets ECONNRESET, which the e2e suite's long-lived API clients hit.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(PORT, () => console.log(`Newsdesk: serving on port ${PORT}`));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      server.close();
      void app.close().finally(() => process.exit(0));
    });
  }
}

main().catch((err) => {
  console.error(`Newsdesk: could not serve: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
