/** Words of the edition archive (一期存档: export on the edition page, import on /editions): zh-CN, the source. Spread into zh-CN.ts as `archive`. */
export const archiveZhCN = {
  export: "导出存档",
  exportHint: "把这一期（版面、稿件及全部修订、批注、操作记录、签版快照）导出为一个 JSON 文件",
  import: "导入存档",
  dialogTitle: "导入一期存档",
  dialogHint: "选择从 Newsdesk 导出的一期存档（JSON 文件，最大 {max} MB）。整期在一次操作中导入；这一日期已有一期时不导入。被拒绝时什么都不改。",
  file: "存档文件",
  submit: "导入",
  importing: "正在导入…",
  close: "关闭",
  done: "已导入 {date} 这一期：{pages} 个版面，{stories} 篇稿件",
  createdUsers: "本系统没有的账号已新建并停用（没有可用的密码，须由管理员设置密码并启用）：{logins}",
  createdPeople: "新建的署名人员：{names}",
  open: "打开这一期",
  unreadable: "读不出这个文件：{reason}",
};

export type ArchiveMessages = { [K in keyof typeof archiveZhCN]: string };
