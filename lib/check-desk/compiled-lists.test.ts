import { describe, expect, it } from "vitest";
import { checkFields } from "@/lib/check";
import { compiledListsFor } from "./compiled-lists";

describe("the editor's compiled word lists", () => {
  it("are compiled once per lists version, whoever asks (every story editor that mounts)", () => {
    const v1 = compiledListsFor({ version: 1, terms: [{ list: "banned", term: "甲乙", replacement: null, note: null }] });
    // a second editor, the same version (the answer held, or fetched again whole): the same compiled lists
    expect(compiledListsFor({ version: 1, terms: [{ list: "banned", term: "甲乙", replacement: null, note: null }] })).toBe(v1);
    const v2 = compiledListsFor({ version: 2, terms: [{ list: "banned", term: "丙丁", replacement: null, note: null }] });
    expect(v2).not.toBe(v1);
    expect(checkFields([{ field: "body", paragraph: 0, text: "甲乙丙丁" }], v2).map((f) => f.text)).toEqual(["丙丁"]);
  });
});
