/** Words of similar stories (相似稿件): the story page's panel and the 交稿 confirmation: zh-CN, the source. Spread into zh-CN.ts as `similar`. */
export const similarZhCN = {
  title: "相似稿件",
  hint: "此前见报或写过的相近稿件（共有的少见词语）",
  none: "没有相似的稿件",
  loading: "查找相似稿件…",
  failed: "相似稿件暂时无法显示",
  zi: "{n} 字",
  untitled: "（无标题）",
  duplicatesTitle: "可能重复的稿件",
  duplicatesHint: "以下此前的稿件与本稿相近，请确认不是重复稿件再交稿。",
};

export type SimilarMessages = { [K in keyof typeof similarZhCN]: string };
