/** Words of a story's 更正 on the desk (issue #12: each says how many 差错 it corrects). zh-CN, the source; spread into zh-CN.ts as `corrections`. */
export const correctionsZhCN = {
  title: "更正",
  intro: "付印后的更正：印出的文字不变，数字报的稿件上登出更正说明。差错率按更正所改的差错处数计。",
  none: "这篇稿件没有更正",
  errors: "{count, plural, other {# 处差错}}",
  by: "{author} · {time}",
  note: "更正说明",
  notePlaceholder: "例如：第二段中“孙亚飞”应为“孙亚非”，“28人”应为“29人”。",
  errorCount: "所改差错（处）",
  errorCountHint: "这条更正改正了几处差错（1–50）：两处人名、一处数字是 3 处",
  submit: "发布更正",
};

export type CorrectionsMessages = { [K in keyof typeof correctionsZhCN]: string };
