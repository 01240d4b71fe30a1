import type { BylineRole } from "./story-kinds";
import type { StoryByline } from "./story-text";

/** A person as the byline prints them. */
export type BylinePerson = Pick<StoryByline, "name" | "role">;

const ROLE_PREFIX: Record<Exclude<BylineRole, "credit">, string> = {
  reporter: "本报记者",
  correspondent: "本报通讯员",
  photographer: "摄影",
};

/**
 * The printed byline lines, newspaper style: "□ 本报记者 李梦 孙亚飞" / "本报通讯员 宋宇 陈亿卓";
 * when everyone is a credit or photographer: "□孙亚飞 仝茹茹 报道".
 */
export function formatByline(people: BylinePerson[]): string[] {
  if (people.length === 0) return [];
  // Photo news and "报道" credits print as one line: "□王兆锋 赵玉国 报道".
  if (people.every((p) => p.role === "credit" || p.role === "photographer")) return [`□${people.map((p) => p.name).join(" ")} 报道`];
  const lines: string[] = [];
  for (const role of ["reporter", "correspondent", "photographer"] as const) {
    const names = people.filter((p) => p.role === role).map((p) => p.name);
    if (names.length) lines.push(`${ROLE_PREFIX[role]} ${names.join(" ")}`);
  }
  const credits = people.filter((p) => p.role === "credit").map((p) => p.name);
  if (credits.length) lines.push(`${credits.join(" ")} 报道`);
  lines[0] = `□ ${lines[0]}`;
  return lines;
}
