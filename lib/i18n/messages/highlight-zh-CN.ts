/** Words of the highlights in the story editor's text (机检 findings and proof marks at the text): zh-CN, the source. Spread into zh-CN.ts as `highlight`. */
export const highlightZhCN = {
  mark: "校对",
  toMark: "到校对标记中采用或不采用",
  deleteIt: "删去重复",
};

export type HighlightMessages = { [K in keyof typeof highlightZhCN]: string };
