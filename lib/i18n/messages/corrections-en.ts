import type { CorrectionsMessages } from "./corrections-zh-CN";

export const correctionsEn: CorrectionsMessages = {
  title: "Corrections",
  intro: "Corrections after release: the printed text stays as it was; the e-paper shows the correction on the article. The error rate counts the errors each correction corrects.",
  none: "No corrections to this story",
  errors: "{count, plural, one {# error} other {# errors}}",
  by: "{author} · {time}",
  note: "Correction",
  notePlaceholder: "e.g. In the second paragraph, the name should read Sun Yafei and the number 29, not 28.",
  errorCount: "Errors corrected",
  errorCountHint: "How many errors this correction corrects (1–50): two names and a number are 3",
  submit: "Publish correction",
};
