/** Words of the phone and print views (the header's menu, the budget as cards and on paper) and the zone's name: zh-CN, the source. Spread into zh-CN.ts as `phone`. */
export const phoneZhCN = {
  menu: "菜单",
  menuClose: "收起菜单",
  menuUnread: "{n} 条未读通知",
  beijingTime: "北京时间",
  zoneNote: "（{zone}）",
  sort: "排序",
  descending: "倒序",
  target: "目标 {n}",
  print: "打印",
  printedAt: "打印时间 {time}（{zone}）",
};

export type PhoneMessages = { [K in keyof typeof phoneZhCN]: string };
