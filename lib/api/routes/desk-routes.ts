import { idParam } from "../common";
import { deskQueues } from "../queue-schemas";
import type { ApiRoute } from "../route-registry";

/** Issue #10, who needs to know what: the dashboard's queues and opening one notification. */
export const DESK_ROUTES: ApiRoute[] = [
  {
    operationId: "listDeskQueues",
    method: "GET",
    path: "/api/queues",
    tag: "accounts",
    summary: "What waits for the caller, by role: each queue's count and its first 20 items",
    description:
      "A reporter: `assignments` (assigned or draft, with brief, deadline, target 字数) and `returned` (with who returned it, when, why). " +
      "An editor and up: `filed` (waiting for 初审), `overdue` (copy owed past its deadline), `layout` (pages in layout with their overset). " +
      "A chief also: `edited` (waiting for 终审), `submitted` (pages for 签版), `signed` (pages for 付印). " +
      "A proofreader: `proofing` (待校对: submitted pages with rounds to sign). No story text.",
    access: ["reporter", "proofreader"],
    ok: { status: 200, description: "the caller's queues", body: deskQueues },
  },
  {
    operationId: "markNotificationRead",
    method: "POST",
    path: "/api/notifications/{id}",
    tag: "accounts",
    summary: "Mark one of the caller's notifications read (it was opened)",
    access: "signed-in",
    params: idParam,
    ok: { status: 204, description: "done" },
    errors: { 404: { description: "the caller has no such notification" } },
  },
];
