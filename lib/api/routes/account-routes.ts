import { z } from "zod";
import type { ApiRoute } from "../route-registry";
import { notification } from "../story-responses";
import { createdUser, mePatch, newUserSchema, sessionUser, staffList } from "../user-schemas";

export const ACCOUNT_ROUTES: ApiRoute[] = [
  {
    operationId: "getHealth",
    method: "GET",
    path: "/api/health",
    tag: "service",
    summary: "Liveness and database check (for load balancers and the start script)",
    access: "public",
    ok: { status: 200, description: "the server and its database answer", body: z.object({ status: z.literal("ok") }) },
    errors: { 503: { description: "the database is unreachable (`status: \"error\"`)", bodies: [z.object({ status: z.literal("error"), error: z.object({ code: z.literal("database"), message: z.string() }) })] } },
  },
  {
    operationId: "getOpenApiDocument",
    method: "GET",
    path: "/api/openapi.json",
    tag: "service",
    summary: "This document (OpenAPI 3.1), generated from the zod schemas the routes validate with",
    access: "public",
    ok: { status: 200, description: "the OpenAPI document (an ETag; 304 on If-None-Match)", body: z.record(z.string(), z.unknown()) },
  },
  {
    operationId: "getMe",
    method: "GET",
    path: "/api/me",
    tag: "accounts",
    summary: "Who is signed in",
    access: "signed-in",
    ok: { status: 200, description: "the user (never a password hash)", body: z.object({ user: sessionUser }) },
  },
  {
    operationId: "updateMe",
    method: "PATCH",
    path: "/api/me",
    tag: "accounts",
    summary: "Set the caller's interface language (kept on the account)",
    access: "signed-in",
    body: mePatch,
    ok: { status: 200, description: "the user with the new language", body: z.object({ user: sessionUser }) },
  },
  {
    operationId: "listNotifications",
    method: "GET",
    path: "/api/notifications",
    tag: "accounts",
    summary: "The caller's latest 50 notifications, newest first",
    access: "signed-in",
    ok: { status: 200, description: "the notifications", body: z.object({ notifications: z.array(notification) }) },
  },
  {
    operationId: "markNotificationsRead",
    method: "POST",
    path: "/api/notifications",
    tag: "accounts",
    summary: "Mark all the caller's notifications read",
    access: "signed-in",
    ok: { status: 204, description: "done" },
  },
  {
    operationId: "streamEvents",
    method: "GET",
    path: "/api/events",
    tag: "accounts",
    summary: "Live updates of this tab (server-sent events): what changed, never the content",
    description:
      "One `data:` line per change the caller may know of, as JSON: `{type:\"story\", id, editionDate}`, `{type:\"lock\", storyId}`, " +
      "`{type:\"comments\", storyId}`, `{type:\"page\", id, editionDate}`, `{type:\"notification\", userId}` (only the caller's own). " +
      "The client refetches through the other routes. A heartbeat comment every 20 s, `retry: 3000`; at most 4 streams per user, the oldest " +
      "ending with an `event: superseded`.",
    access: "signed-in",
    ok: { status: 200, description: "an endless text/event-stream", contentType: "text/event-stream" },
  },
  {
    operationId: "listStaff",
    method: "GET",
    path: "/api/staff",
    tag: "accounts",
    summary: "People who can be in a byline, and the users a story can be assigned to",
    access: "reporter",
    ok: { status: 200, description: "byline people and assignable users", body: staffList },
  },
  {
    operationId: "listUsers",
    method: "GET",
    path: "/api/users",
    tag: "accounts",
    summary: "Every login",
    access: "admin",
    ok: { status: 200, description: "the users", body: z.object({ users: z.array(sessionUser) }) },
  },
  {
    operationId: "createUser",
    method: "POST",
    path: "/api/users",
    tag: "accounts",
    summary: "Create a login (and, for editorial roles, the byline person it writes as)",
    access: "admin",
    body: newUserSchema,
    ok: { status: 201, description: "the new user", body: z.object({ user: createdUser }) },
    errors: { 409: { description: "the login is taken" } },
  },
];
