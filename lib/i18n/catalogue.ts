/**
 * The one message catalogue the server renders from. On this branch: the server namespaces plus the
 * label namespaces they need (copied from lib/i18n/messages.ts and the editors' strings); the
 * integrator points this at the full catalogue (lib/i18n/messages/zh-CN.ts / en.ts).
 */
import type { Locale } from "./locales";
import { serverEn } from "./messages/server-en";
import { serverZhCN } from "./messages/server-zh-CN";

const labelsZhCN = {
  status: { assigned: "已派稿", draft: "草稿", filed: "已交稿", edited: "已初审", approved: "已终审", returned: "已退回", spiked: "已撤稿", published: "已见报" },
  pageState: { planning: "策划", layout: "组版", submitted: "待签版", signed: "已签版", released: "已付印" },
  storyAction: { start: "开始写稿", file: "交稿", pass: "初审通过", return: "退回", approve: "终审通过", spike: "撤稿", unspike: "恢复", publish: "见报" },
  pageAction: { "start-layout": "开始组版", submit: "提交签版", sign: "签版", reject: "退回重排", withdraw: "撤签", release: "付印" },
  role: { reporter: "记者", editor: "编辑", chief: "值班总编", admin: "管理员" },
  kind: { article: "文字稿", photo: "图片新闻", brief: "简讯", notice: "公告" },
  byline: { reporter: "记者", correspondent: "通讯员", photographer: "摄影", credit: "报道" },
} as const;

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

const labelsEn: Strings<typeof labelsZhCN> = {
  status: { assigned: "Assigned", draft: "Draft", filed: "Filed", edited: "Edited", approved: "Approved", returned: "Returned", spiked: "Spiked", published: "Published" },
  pageState: { planning: "Planning", layout: "Layout", submitted: "Submitted", signed: "Signed", released: "Released" },
  storyAction: { start: "Start writing", file: "File", pass: "Pass (first review)", return: "Return", approve: "Approve (final review)", spike: "Spike", unspike: "Unspike", publish: "Publish" },
  pageAction: { "start-layout": "Start layout", submit: "Submit for sign-off", sign: "Sign off", reject: "Send back", withdraw: "Withdraw signature", release: "Release to print" },
  role: { reporter: "Reporter", editor: "Editor", chief: "Chief editor", admin: "Administrator" },
  kind: { article: "Article", photo: "Photo news", brief: "Brief", notice: "Notice" },
  byline: { reporter: "Reporter", correspondent: "Correspondent", photographer: "Photographer", credit: "Credit" },
};

const zhCN = { ...labelsZhCN, ...serverZhCN };
export type Catalogue = Strings<typeof zhCN>;

export const catalogue: Record<Locale, Catalogue> = {
  "zh-CN": zhCN,
  en: { ...labelsEn, ...serverEn },
};
