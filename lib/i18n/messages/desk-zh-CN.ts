/** The dashboard's queues and the notification panel (issue #10, "who needs to know what"): zh-CN, the source. Spread into zh-CN.ts as `desk`. */
export const deskZhCN = {
  queuesTitle: "待办",
  queue: {
    returned: "被退回的稿件",
    filed: "待初审",
    overdue: "逾期未交",
    layout: "组版中",
    edited: "待终审",
    submitted: "待签版",
    signed: "待付印",
  },
  empty: {
    returned: "没有退回的稿件",
    filed: "没有待初审的稿件",
    overdue: "没有逾期的任务",
    layout: "没有组版中的版面",
    edited: "没有待终审的稿件",
    submitted: "没有待签版的版面",
    signed: "没有待付印的版面",
  },
  count: "{n} 项",
  more: "另有 {n} 项未列出",
  brief: "采访要求",
  deadline: "截稿 {time}",
  overdueMark: "已逾期",
  target: "目标 {n} 字",
  written: "已写 {zi} / {target} 字",
  returnedBy: "<content>{name}</content> 退回 · {time}",
  reason: "理由：<content>{reason}</content>",
  pageLine: "{date} 第{n}版 <content>{name}</content>",
  responsible: "责任编辑 <content>{name}</content>",
  noResponsible: "未定责任编辑",
  overset: "超版 {boxes} 处，共超 {lines} 行",
  fits: "无超版",
  signedAt: "签版 {time}",
  notifyClose: "关闭",
  pageEvent: {
    create: "新建版面",
    delete: "删除版面",
  },
  auditMore: "更新的记录",
  snapshotHash: "内容校验 {hash}",
  auditPage: "第{n}版 <content>{name}</content>",
} as const;

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
/** The shape every locale's desk messages must have. */
export type DeskMessages = Strings<typeof deskZhCN>;
