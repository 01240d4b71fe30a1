import { describe, expect, it } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { decodeSessionToken, encodeSessionToken } from "./session-token";

const secret = "a-test-secret-of-enough-length-0123456789";

describe("session tokens", () => {
  it("are read by next-auth's own decoder, and read next-auth's tokens", async () => {
    const token = { sub: "7", id: 7, sid: "s-1", role: "editor" };
    const ours = await encodeSessionToken({ token, secret, maxAge: 600 });
    expect(await decode({ token: ours, secret })).toMatchObject(token);
    const theirs = await encode({ token, secret, maxAge: 600 });
    expect(await decodeSessionToken({ token: theirs, secret })).toMatchObject(token);
  });

  it("refuse a token made with another secret, and an expired one", async () => {
    const token = await encodeSessionToken({ token: { id: 1 }, secret, maxAge: 600 });
    await expect(decodeSessionToken({ token, secret: `${secret}-other` })).rejects.toThrow();
    const expired = await encodeSessionToken({ token: { id: 1 }, secret, maxAge: -60 });
    await expect(decodeSessionToken({ token: expired, secret })).rejects.toThrow();
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });
});
