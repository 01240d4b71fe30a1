import type { FeedsMessages } from "./feeds-zh-CN";

export const feedsEn: FeedsMessages = {
  title: "{publication} e-paper",
  pageTitle: "{publication} e-paper · {name}",
  description: "Released stories of the {publication} e-paper (the latest {n})",
  pageDescription: "Released stories of the {publication} e-paper, page “{name}” (the latest {n})",
};
