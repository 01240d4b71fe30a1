/**
 * 机检 golden test: the findings on real text are pinned to those of the checker before its speed-up
 * (docs/BENCHMARKS.md "机检"). __golden__/*.json were written by the implementation of commit 892506c (before
 * any optimization) and must not be regenerated to make a change pass: a difference is a change of behaviour.
 */
import { describe, expect, it } from "vitest";
import { benchCase, disguisedSeed, plantedSeed, seedStories, seedTerms, starterTerms } from "./golden-cases";
import { checkFields, compileCheckLists, type Finding } from "./index";

const lines = (findings: Finding[][]) => findings.map((story, i) => story.map((f) => JSON.stringify({ story: i, ...f })).join("\n")).filter(Boolean).join("\n") + "\n";

const starter = compileCheckLists(starterTerms());
const bench = benchCase();
const benchLists = compileCheckLists(bench.terms);
const seedLists = compileCheckLists([...starterTerms(), ...seedTerms()]);

describe("the checker's findings are those pinned before the speed-up", () => {
  it("the seed's stories, starter lists", async () => {
    await expect(lines(seedStories().map((s) => checkFields(s, starter)))).toMatchFileSnapshot("./__golden__/seed-starter.jsonl");
  });
  it("the seed's stories, the bench's 10,000 terms", async () => {
    await expect(lines(seedStories().map((s) => checkFields(s, benchLists)))).toMatchFileSnapshot("./__golden__/seed-bench-terms.jsonl");
  });
  it("the bench's 50,000-字 story, 10,000 terms", async () => {
    await expect(lines([checkFields(bench.story, benchLists)])).toMatchFileSnapshot("./__golden__/bench-story-bench-terms.jsonl");
  });
  it("the bench's 50,000-字 story, starter lists", async () => {
    await expect(lines([checkFields(bench.story, starter)])).toMatchFileSnapshot("./__golden__/bench-story-starter.jsonl");
  });
  it("the seed disguised (spaces, symbols, full-width, traditional, astral), terms from its own text", async () => {
    await expect(lines([checkFields(disguisedSeed(), seedLists)])).toMatchFileSnapshot("./__golden__/seed-disguised.jsonl");
  });
  it("the seed with the rules' triggers planted (numbers in Chinese, doubled words, half-width marks, brackets)", async () => {
    await expect(lines([checkFields(plantedSeed(), seedLists)])).toMatchFileSnapshot("./__golden__/seed-planted.jsonl");
  });
});
