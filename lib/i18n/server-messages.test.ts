import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { NOTIFICATION_KINDS } from "../notifications";
import { MESSAGES as catalogue } from "./catalogue";
import { serverEn } from "./messages/server-en";
import { serverZhCN } from "./messages/server-zh-CN";
import { hasErrorKey, labelChoice, renderMessage, type Message } from "./translate";

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}

const args = (message: string) => [...message.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

const ROOT = path.resolve(import.meta.dirname, "../..");
function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" || e.name === "messages" ? [] : sources(rel);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [fs.readFileSync(path.join(ROOT, rel), "utf8")] : [];
  });
}

describe("server messages", () => {
  const zh = new Map(leaves(serverZhCN));
  const en = new Map(leaves(serverEn));

  it("has every key in both languages, with the same ICU arguments", () => {
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    for (const [key, text] of zh) {
      expect(text.trim(), key).not.toBe("");
      expect(args(en.get(key)!), key).toEqual(args(text));
    }
  });

  it("uses every error key somewhere in the code (keys are namespace-relative: `story.notFound`)", () => {
    const code = [...sources("lib"), ...sources("db"), ...sources("app")].join("\n");
    const unused = [...zh.keys()]
      .filter((k) => k.startsWith("error."))
      .map((k) => k.slice("error.".length))
      .filter((k) => !code.includes(`"${k}"`) && !code.includes(`\`error.${k}\``) && !code.includes(`"error.${k}"`));
    expect(unused).toEqual([]);
  });

  it("has a message for every notification kind, and nothing else", () => {
    expect(Object.keys(serverZhCN.notification).sort()).toEqual([...NOTIFICATION_KINDS].sort());
  });

  it("types the key of a DomainError, so a typo does not compile", () => {
    // @ts-expect-error — not a key of the error namespace
    const typo = () => new DomainError("conflict", "story.notFund");
    expect(typo).toBeTypeOf("function");
    expect(hasErrorKey("story.notFound")).toBe(true);
    expect(hasErrorKey("story.notFund")).toBe(false);
    expect(hasErrorKey("story")).toBe(false);
  });

  it("renders labels and lists in the reader's language", () => {
    const err = new DomainError("forbidden", "workflow.actionNeedsRole", { action: { label: "pageAction.sign" }, role: { label: "role.chief" } });
    expect(renderMessage("zh-CN", err.reason)).toBe("「签版」需要值班总编权限");
    expect(renderMessage("en", err.reason)).toBe("“Sign off” needs the Chief editor role");
    expect(err.message).toBe("“Sign off” needs the Chief editor role");
    const list: Message = { key: "page.cannotSign", params: { blockers: { list: [{ key: "blocker.noResponsibleEditor" }, { key: "blocker.overset", params: { box: "短讯", lines: 2 } }] } } };
    expect(renderMessage("zh-CN", list)).toBe("版面还不能签版：未设置责任编辑；「短讯」超 2 行");
    expect(renderMessage("en", list)).toBe("the page cannot be signed yet: no responsible editor set; “短讯” is over by 2 lines");
    // a choice of roles (withUser's `requires: ["admin", "chief"]`)
    const choice: Message = { key: "auth.roleRequired", params: { role: labelChoice("role", ["admin", "chief"]) } };
    expect(renderMessage("zh-CN", choice)).toBe(`需要${catalogue["zh-CN"].role.admin}或${catalogue["zh-CN"].role.chief}权限`);
    expect(renderMessage("en", choice)).toBe(`this needs the ${catalogue.en.role.admin} or ${catalogue.en.role.chief} role`);
  });

  it("keeps the label namespaces of the catalogue complete in English", () => {
    for (const ns of ["status", "pageState", "storyAction", "pageAction", "role"] as const) {
      expect(Object.keys(catalogue.en[ns]).sort(), ns).toEqual(Object.keys(catalogue["zh-CN"][ns]).sort());
    }
  });
});
