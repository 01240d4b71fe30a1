import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { newUserSchema } from "@/lib/api/user-schemas";
import { zodIssuesText } from "@/lib/i18n/zod-issues";
import { hashPassword, MAX_PASSWORD_BYTES, verifyPassword } from "@/lib/passwords";
import { openTestDb } from "../test-db";
import { createUser } from "./create-user";

// 24 Han characters are 72 bytes of UTF-8; bcrypt reads no further.
const HAN_24 = "聊城新闻大众日报编辑部值班总编责任编辑记者校对员签";
const HAN_25 = HAN_24 + "版";

describe("a password bcrypt would cut short is refused, not truncated", () => {
  it("counts bytes, not characters", () => {
    expect(Buffer.byteLength(HAN_24.slice(0, 24))).toBe(MAX_PASSWORD_BYTES);
    expect(newUserSchema.safeParse({ login: "wang", name: "王", role: "editor", password: HAN_24.slice(0, 24) }).success).toBe(true);
    const refused = newUserSchema.safeParse({ login: "wang", name: "王", role: "editor", password: HAN_25.slice(0, 25) });
    expect(refused.success).toBe(false);
    expect(zodIssuesText(refused.error!, "zh-CN")).toBe("password: 密码最多 72 字节（一个汉字占 3 字节）");
    expect(zodIssuesText(refused.error!, "en")).toBe("password: the password may be at most 72 bytes (a Chinese character takes 3)");
    expect(newUserSchema.safeParse({ login: "wang", name: "王", role: "editor", password: "x".repeat(73) }).success).toBe(false);
  });

  it("creating a user with a 73-byte password fails and creates nobody", async () => {
    const { db, close } = openTestDb();
    try {
      await expect(createUser(db, { login: "wang", name: "王", role: "editor", password: "a" + HAN_24.slice(0, 24) })).rejects.toBeInstanceOf(ZodError);
      await expect(createUser(db, { login: "wang", name: "王", role: "editor", password: HAN_24.slice(0, 24) })).resolves.toMatchObject({ login: "wang" });
    } finally {
      close();
    }
  });

  it("hashPassword itself refuses (for every other place a password is set)", async () => {
    await expect(hashPassword("p".repeat(73))).rejects.toMatchObject({ code: "bad_request", key: "validation.passwordTooLong" });
    // Before: two passwords sharing their first 72 bytes were one password.
    const hash = await hashPassword("p".repeat(72));
    expect(await verifyPassword("p".repeat(72), hash)).toBe(true);
  });
});
