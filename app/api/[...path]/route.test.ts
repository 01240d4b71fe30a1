import { describe, expect, it } from "vitest";
import { DELETE, GET, POST } from "./route";

describe("a path no API route serves", () => {
  it("is a JSON 404 in the caller's language, for every method", async () => {
    const zh = await POST(new Request("http://localhost/api/editions/pages", { method: "POST", headers: { "accept-language": "zh-CN" } }));
    expect(zh.status).toBe(404);
    expect(zh.headers.get("content-type")).toContain("application/json");
    expect(await zh.json()).toEqual({ error: { code: "not_found", key: "request.noRoute", message: "没有这个接口：POST /api/editions/pages" } });

    const en = await GET(new Request("http://localhost/api/nothing/here?x=1", { headers: { "accept-language": "en" } }));
    expect((await en.json()).error.message).toBe("No such API route: GET /api/nothing/here");
    expect((await DELETE(new Request("http://localhost/api/x", { method: "DELETE" }))).status).toBe(404);
  });
});
