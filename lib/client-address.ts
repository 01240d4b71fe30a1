/**
 * Who is on the other end of a request, for the sign-in throttle. The socket's address, unless the socket
 * is one of our trusted proxies: then the right-most X-Forwarded-For hop that is not a trusted proxy
 * (each proxy appends the address it was reached from, so everything left of that hop is the client's
 * own claim and may be forged). With no trusted proxy configured, X-Forwarded-For is ignored altogether.
 */
export function clientAddress({ socket, forwardedFor, trusted }: { socket: string | undefined; forwardedFor: string | undefined; trusted: readonly string[] }): string {
  const own = normalizeAddress(socket ?? "") || "unknown";
  const proxies = new Set(trusted.map(normalizeAddress));
  if (!proxies.has(own)) return own;
  const hops = (forwardedFor ?? "").split(",").map(normalizeAddress).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) if (!proxies.has(hops[i])) return hops[i];
  // Every hop is one of ours: the left-most is as far as we can see.
  return hops[0] ?? own;
}

/** `::ffff:10.0.0.1` (an IPv4 client on a dual-stack socket) is `10.0.0.1`; a `[v6]:port` or `v4:port` hop loses its port. */
export function normalizeAddress(address: string): string {
  let a = address.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1];
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(a)) a = a.replace(/:\d+$/, "");
  return a.startsWith("::ffff:") && a.includes(".") ? a.slice(7) : a;
}

/** The header the Newsdesk server (scripts/serve.ts) writes the address into, over whatever the client sent. */
export const CLIENT_ADDRESS_HEADER = "x-forwarded-for";
