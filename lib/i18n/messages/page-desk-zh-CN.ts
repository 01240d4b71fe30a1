/** The page desk's words (提交签版 / 签版 / 付印 confirmations, layout saving): zh-CN, the source. Spread into zh-CN.ts as `pageDesk`. */
export const pageDeskZhCN = {
  confirmTitle: "确认{action}？",
  what: {
    submit: "提交后，第{n}版交值班总编签版，组版暂停；总编可以签版，或退回重排。",
    sign: "签版后，第{n}版及版上稿件全部冻结，并保存一份带校验值的版面快照；再要修改须先撤签。",
    release: "付印后，版上已终审的稿件发布（见报），第{n}版进入电子报，读者即可看到。付印不能撤回。",
  },
  blockers: "以下问题未解决，不能{action}：",
  warnings: "请注意：",
  noIssues: "未发现问题。",
  forward: "推进",
  backward: "退回",
};

export type PageDeskMessages = {
  [K in keyof typeof pageDeskZhCN]: (typeof pageDeskZhCN)[K] extends string ? string : { [L in keyof (typeof pageDeskZhCN)[K]]: string };
};
