import type { PhoneMessages } from "./phone-zh-CN";

export const phoneEn: PhoneMessages = {
  menu: "Menu",
  menuClose: "Close menu",
  menuUnread: "{n} unread notifications",
  beijingTime: "Beijing time",
  zoneNote: " ({zone})",
  sort: "Sort",
  descending: "Descending",
  target: "target {n}",
  print: "Print",
  printedAt: "Printed {time} ({zone})",
};
