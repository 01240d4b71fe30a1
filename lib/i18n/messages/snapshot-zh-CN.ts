/** Words of 签版 waiting for 三校 (the page's workflow bar): zh-CN, the source. Spread into zh-CN.ts as `snapshot`. */
export const snapshotZhCN = {
  signNeedsProofing: "校对未完成，还不能签版：",
  refused: "不能{action}：",
  dismiss: "关闭",
};

export type SnapshotMessages = { [K in keyof typeof snapshotZhCN]: string };
