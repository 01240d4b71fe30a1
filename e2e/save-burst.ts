import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import type { APIRequestContext } from "@playwright/test";

/**
 * Version-checked story saves from several clients at once (PATCH /api/stories/:id with baseVersion; a
 * 409 is retried on the version it names), every attempt recorded, so a spec can tell afterwards which
 * saves were acknowledged and check the database against them.
 */
export interface SaveAttempt {
  client: number;
  storyId: number;
  /** Unique per attempt: the first paragraph, in the headline and in the sidebar's title. */
  marker: string;
  baseVersion: number;
  sentAt: number;
  answeredAt?: number;
  /** ok = 200 (acknowledged), conflict = 409, failed = no answer (the server went away) */
  outcome?: "ok" | "conflict" | "failed";
  /** the version a 200 answered */
  version?: number;
}

const FILLER = "聊城市委组织部邀请驻聊高校、科研院所的专家学者深入基层，围绕乡村振兴、城市管理和社区服务开展调研，形成一批可落地的意见建议。";

/** A story text whose every part carries the marker: the story row, its sidebar row and its byline rows come from one save. */
export function storyContent(marker: string, paragraphs = 12) {
  return {
    kicker: null,
    headline: `保存测试 ${marker}`,
    subheadline: null,
    dateline: "本报聊城讯",
    body: [marker, ...Array.from({ length: paragraphs }, (_, i) => `${i + 1}. ${FILLER.repeat(3)}`)],
    sidebars: [{ title: `相关链接 ${marker}`, paragraphs: [FILLER] }],
    bylines: [{ name: "李梦", role: "reporter" as const }],
  };
}

export class SaveBurst {
  readonly attempts: SaveAttempt[] = [];
  private stopped = false;

  constructor(
    private readonly clients: APIRequestContext[],
    private readonly storyIds: number[],
    private readonly tag: string,
  ) {}

  acknowledged(): SaveAttempt[] {
    return this.attempts.filter((a) => a.outcome === "ok");
  }

  stop(): void {
    this.stopped = true;
  }

  /** Runs until `stop()` or until the server stops answering; `versions` is where each story stands now. */
  async run(versions: Map<number, number>, onAck?: (a: SaveAttempt) => void): Promise<void> {
    await Promise.all(this.clients.map((client, i) => this.saver(client, i, new Map(versions), onAck)));
  }

  private async saver(client: APIRequestContext, index: number, known: Map<number, number>, onAck?: (a: SaveAttempt) => void): Promise<void> {
    let turn = index;
    for (let n = 0; !this.stopped; n++) {
      const storyId = this.storyIds[turn % this.storyIds.length];
      const attempt: SaveAttempt = { client: index, storyId, marker: `${this.tag}-c${index}-${n}`, baseVersion: known.get(storyId)!, sentAt: performance.now() };
      this.attempts.push(attempt);
      let status: number;
      let body: { version?: number };
      try {
        const res = await client.patch(`/api/stories/${storyId}`, { data: { baseVersion: attempt.baseVersion, content: storyContent(attempt.marker) }, timeout: 15_000 });
        status = res.status();
        body = (await res.json()) as { version?: number };
      } catch {
        attempt.outcome = "failed";
        return; // the server is gone
      }
      attempt.answeredAt = performance.now();
      if (status === 200 && typeof body.version === "number") {
        attempt.outcome = "ok";
        attempt.version = body.version;
        known.set(storyId, body.version);
        turn++; // on to the next story; a 409 retries this one
        onAck?.(attempt);
      } else if (status === 409 && typeof body.version === "number") {
        attempt.outcome = "conflict";
        known.set(storyId, body.version);
      } else {
        throw new Error(`save of story ${storyId} answered ${status}: ${JSON.stringify(body)}`);
      }
    }
  }
}

export interface StoredStory {
  version: number;
  marker: string;
  headline: string | null;
  sidebarTitle: string | null;
  /** the story's latest revision: the version it records and the marker of its text */
  revision: { storyVersion: number; marker: string } | null;
}

/** The stories as the database file holds them (read-only; a server may have it open). */
export function storedStories(file: string, ids: number[]): Map<number, StoredStory> {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const story = sqlite.prepare("SELECT version, headline, body FROM stories WHERE id = ?");
    const sidebar = sqlite.prepare("SELECT title FROM sidebars WHERE story_id = ? ORDER BY position LIMIT 1").pluck();
    const revision = sqlite.prepare("SELECT story_version, content FROM story_revisions WHERE story_id = ? ORDER BY number DESC LIMIT 1");
    return new Map(
      ids.map((id) => {
        const row = story.get(id) as { version: number; headline: string | null; body: string };
        const body = JSON.parse(row.body) as string[];
        const rev = revision.get(id) as { story_version: number; content: string } | undefined;
        return [
          id,
          {
            version: row.version,
            marker: body[0] ?? "",
            headline: row.headline,
            sidebarTitle: (sidebar.get(id) as string | undefined) ?? null,
            revision: rev ? { storyVersion: rev.story_version, marker: (JSON.parse(rev.content) as { body: string[] }).body[0] ?? "" } : null,
          },
        ];
      }),
    );
  } finally {
    sqlite.close();
  }
}

/**
 * Checks a database's stories against the attempts: each story holds exactly the text of one attempt
 * (story row, sidebar row and latest revision agreeing) that made the version it has — an acknowledged
 * save, or one whose answer never came — and no save of `mustHave` (default: all) that was acknowledged
 * is missing (`lost`: newer than what the database holds, or of the same version with other text).
 */
export function compareWithAttempts(stored: Map<number, StoredStory>, attempts: SaveAttempt[], mustHave: SaveAttempt[] = attempts) {
  const byMarker = new Map(attempts.map((a) => [a.marker, a]));
  const problems: string[] = [];
  const producers = new Map<number, SaveAttempt>();
  for (const [id, s] of stored) {
    const producer = byMarker.get(s.marker);
    if (!producer) {
      problems.push(`story ${id} holds text no attempt sent (${s.marker})`);
      continue;
    }
    producers.set(id, producer);
    if (producer.storyId !== id) problems.push(`story ${id} holds story ${producer.storyId}'s text`);
    const made = producer.outcome === "ok" ? producer.version : producer.baseVersion + 1;
    if (producer.outcome === "conflict" || made !== s.version) problems.push(`story ${id} at version ${s.version} holds ${s.marker}, which made version ${made} (${producer.outcome})`);
    if (s.headline !== `保存测试 ${s.marker}` || s.sidebarTitle !== `相关链接 ${s.marker}`) problems.push(`story ${id}: headline/sidebar of another save than its body (${s.headline} / ${s.sidebarTitle})`);
    if (s.revision?.storyVersion !== s.version || s.revision.marker !== s.marker) problems.push(`story ${id} at version ${s.version} (${s.marker}): latest revision is ${JSON.stringify(s.revision)}`);
  }
  const lost = mustHave.filter((a) => {
    if (a.outcome !== "ok") return false;
    const s = stored.get(a.storyId)!;
    return a.version! > s.version || (a.version === s.version && s.marker !== a.marker);
  });
  return { problems, lost, producers };
}
