import type { SearchMessages } from "./search-zh-CN";

export const searchEn: SearchMessages = {
  title: "Search",
  box: "Search stories",
  placeholder: "Headline, text, byline…",
  submit: "Search",
  count: "{n} stories found",
  capped: "(too many matches: only the newest {n} are counted and ranked; add a word or a date range)",
  none: "No stories found",
  from: "From",
  to: "To",
  sort: "Sort",
  byRank: "Relevance",
  byNewest: "Newest",
  apply: "Filter",
  where: "{date}, page {n}",
  unplaced: "{date}, not on a page",
  previous: "Previous",
  next: "Next",
  pageOf: "Page {p}",
};
