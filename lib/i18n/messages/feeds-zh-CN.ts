/** The e-paper feeds' words (RSS/Atom channel title and description, public): zh-CN, the source. Spread into zh-CN.ts as `feeds`. */
export const feedsZhCN = {
  title: "{publication}数字报",
  pageTitle: "{publication}数字报·{name}",
  description: "{publication}数字报已付印的稿件（最新 {n} 篇）",
  pageDescription: "{publication}数字报「{name}」版已付印的稿件（最新 {n} 篇）",
};

export type FeedsMessages = typeof feedsZhCN;
