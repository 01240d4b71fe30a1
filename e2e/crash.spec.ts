import { expect, test, type APIRequestContext } from "@playwright/test";
import { checkDatabase, signedInClients, startOwnServer, tempDataDir } from "./own-server";
import { compareWithAttempts, SaveBurst, storedStories } from "./save-burst";

/**
 * DESIGN.md "No acknowledged write is ever lost (crash …)": a server of its own, killed with SIGKILL
 * (the `next start` process that holds the database) in the middle of a burst of saves, five times over;
 * after each restart the database passes its integrity check and holds every save answered 200.
 */
const ROUNDS = 5;
const STORIES = 4;
const CLIENTS = 6;

test("SIGKILL mid-burst, five times: integrity ok and every acknowledged save is there after each restart", async () => {
  test.setTimeout(300_000);
  const data = tempDataDir("crash");
  const databaseFile = `${data.dir}/newsdesk.db`;
  let server = await startOwnServer(databaseFile);
  const signedInClient = signedInClients();
  try {
    const editor = await signedInClient(server.baseURL, "liqiang");
    const edition = await editor.post("/api/editions", { data: { date: "2020-06-01" } });
    expect(edition.status(), await edition.text()).toBe(201);
    const storyIds: number[] = [];
    for (let i = 0; i < STORIES; i++) {
      const res = await editor.post("/api/stories", { data: { edition: "2020-06-01", slug: `崩溃测试${i + 1}` } });
      expect(res.status(), await res.text()).toBe(201);
      storyIds.push((await res.json()).story.id);
    }
    await editor.dispose();

    const attempts: SaveBurst["attempts"] = [];
    const versions = new Map(storyIds.map((id) => [id, 1]));
    const rounds: string[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const clients: APIRequestContext[] = [];
      for (let i = 0; i < CLIENTS; i++) clients.push(await signedInClient(server.baseURL, i % 2 ? "chief" : "liqiang"));
      const burst = new SaveBurst(clients, storyIds, `r${round}`);
      // Kill once a number of saves (different each round) have been answered, with the others in flight.
      const killAfter = 20 + round * 7;
      let killed: Promise<void> | undefined;
      await burst.run(versions, () => {
        if (!killed && burst.acknowledged().length >= killAfter) killed = server.kill("SIGKILL");
      });
      await killed;
      await Promise.all(clients.map((c) => c.dispose()));
      attempts.push(...burst.attempts);

      server = await startOwnServer(databaseFile);
      expect(checkDatabase(databaseFile)).toEqual({ integrity: ["ok"], foreignKeyViolations: 0 });
      const stored = storedStories(databaseFile, storyIds);
      const { problems, lost } = compareWithAttempts(stored, attempts);
      expect(problems).toEqual([]);
      expect(lost.map((a) => a.marker)).toEqual([]);
      for (const [id, s] of stored) versions.set(id, s.version);

      const count = (o: string) => burst.attempts.filter((a) => a.outcome === o).length;
      const committedUnanswered = [...stored.values()].filter((s) => attempts.find((a) => a.marker === s.marker)?.outcome === "failed").length;
      rounds.push(`round ${round}: ${count("ok")} acknowledged, ${count("conflict")} 409s retried, ${count("failed")} in flight at the kill (${committedUnanswered} of them committed), lost 0`);
    }
    console.log(`crash test, ${CLIENTS} clients on ${STORIES} stories:\n  ${rounds.join("\n  ")}`);
    test.info().annotations.push({ type: "crash rounds", description: rounds.join("; ") });
  } finally {
    await server.kill("SIGTERM");
    data.remove();
  }
});
