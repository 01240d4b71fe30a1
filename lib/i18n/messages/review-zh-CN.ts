/** Words of 三审 (#12): review levels, the 审稿单 (review sheet), the 审稿意见: zh-CN, the source. Spread into zh-CN.ts as `review`. */
export const reviewZhCN = {
  level: {
    first: "初审",
    second: "复审",
    final: "终审",
  },
  outcome: {
    passed: "通过",
    returned: "退回",
  },
  levelsTwo: "两审（初审、终审）",
  levelsThree: "三审（初审、复审、终审）",
  levelsSetting: "审稿级数",
  levelsSettingHint: "新建的期次按此设置；已建的期次保持建立时的审级",
  editionLevels: "审级",
  sheet: {
    title: "审稿单",
    empty: "尚未审稿",
    reviewer: "审稿人",
    time: "时间",
    opinion: "审稿意见",
    noOpinion: "无",
    zi: "字数",
    version: "版本",
    pdf: "打印审稿单（PDF）",
    heading: "审稿单 · {story}",
    printed: "{date} 第{n}版",
    unplaced: "{date} 未上版",
    levelsLine: "本稿审级：{levels}",
    overrides: "机检放行",
    override: "{rule} · {by} 放行 · {at}",
    overrideReason: "理由：",
  },
  queue: "待复审",
  queueEmpty: "没有待复审的稿件",
  opinionLabel: "审稿意见（可不填）",
  opinionHint: "写入本稿审稿单；退回时理由即审稿意见",
  confirmPassThree: "初审通过后稿件交部门主任复审，记者会收到通知；你不能再对本稿复审或终审。",
  confirmReview: "复审通过后稿件交值班总编终审；你不能再对本稿做其他审级。",
} as const;

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
/** The shape every locale's review messages must have. */
export type ReviewMessages = Strings<typeof reviewZhCN>;
