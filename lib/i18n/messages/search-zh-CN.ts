/** Words of search (检索): the header's box and the results page: zh-CN, the source. Spread into zh-CN.ts as `search`. */
export const searchZhCN = {
  title: "检索",
  box: "检索稿件",
  placeholder: "标题、正文、作者…",
  submit: "检索",
  count: "共 {n} 篇",
  capped: "（匹配太多，只统计和排序最新的 {n} 篇；请加词或限定日期）",
  none: "没有找到稿件",
  from: "起始日期",
  to: "结束日期",
  sort: "排序",
  byRank: "相关度",
  byNewest: "最新",
  apply: "筛选",
  where: "{date} 第{n}版",
  unplaced: "{date} 未上版",
  previous: "上一页",
  next: "下一页",
  pageOf: "第 {p} 页",
};

export type SearchMessages = { [K in keyof typeof searchZhCN]: string };
