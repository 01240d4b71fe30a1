import { describe, expect, it } from "vitest";
import { clientAddress, normalizeAddress } from "./client-address";

describe("the client's address", () => {
  it("is the socket's when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    for (const forwardedFor of [undefined, "1.2.3.4", "1.2.3.4, 5.6.7.8", "garbage"]) {
      expect(clientAddress({ socket: "203.0.113.9", forwardedFor, trusted: [] })).toBe("203.0.113.9");
    }
  });

  it("behind a trusted proxy is the right-most hop that is not ours", () => {
    const trusted = ["10.0.0.2", "10.0.0.3"];
    expect(clientAddress({ socket: "10.0.0.2", forwardedFor: "203.0.113.9", trusted })).toBe("203.0.113.9");
    // The client put a fake hop in front; the proxy appended the address it really saw.
    expect(clientAddress({ socket: "10.0.0.2", forwardedFor: "1.1.1.1, 203.0.113.9", trusted })).toBe("203.0.113.9");
    expect(clientAddress({ socket: "10.0.0.2", forwardedFor: "1.1.1.1, 203.0.113.9, 10.0.0.3", trusted })).toBe("203.0.113.9");
    // A socket that is not a trusted proxy is the client, even when it sends the header.
    expect(clientAddress({ socket: "198.51.100.7", forwardedFor: "203.0.113.9", trusted })).toBe("198.51.100.7");
  });

  it("reads IPv4 on a dual-stack socket and ports the way proxies write them", () => {
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress(" [2001:db8::1]:443 ")).toBe("2001:db8::1");
    expect(normalizeAddress("203.0.113.9:5000")).toBe("203.0.113.9");
    expect(clientAddress({ socket: "::ffff:10.0.0.2", forwardedFor: "203.0.113.9", trusted: ["10.0.0.2"] })).toBe("203.0.113.9");
  });
});
