import type { ReviewMessages } from "./review-zh-CN";

/** Words of 三审 (#12) in English. */
export const reviewEn: ReviewMessages = {
  level: {
    // lowercase: also said inside sentences (the one-level refusal); the sheet capitalizes its first letter
    first: "first review",
    second: "second review",
    final: "final review",
  },
  outcome: {
    passed: "Passed",
    returned: "Returned",
  },
  levelsTwo: "Two levels (first, final)",
  levelsThree: "Three levels (first, second, final)",
  levelsSetting: "Review levels",
  levelsSettingHint: "New editions take this setting; editions already made keep the levels they were made with",
  editionLevels: "Review levels",
  sheet: {
    title: "Review sheet",
    empty: "Not reviewed yet",
    reviewer: "Reviewer",
    time: "Time",
    opinion: "Opinion",
    noOpinion: "none",
    zi: "Characters",
    version: "Version",
    pdf: "Print the review sheet (PDF)",
    heading: "Review sheet · {story}",
    printed: "{date} page {n}",
    unplaced: "{date} not placed",
    levelsLine: "Review levels: {levels}",
    overrides: "Checker blocks let through",
    override: "{rule} · let through by {by} · {at}",
    overrideReason: "Reason: ",
  },
  queue: "Waiting for second review",
  queueEmpty: "No stories waiting for second review",
  opinionLabel: "Review opinion (optional)",
  opinionHint: "Goes on the story's review sheet; when returning, the reason is the opinion",
  confirmPassThree: "Once passed, the story goes to the desk head for the second review and the reporter is told; you may not give its second or final review.",
  confirmReview: "Once passed, the story goes to the chief for the final review; you may not give it another review level.",
};
