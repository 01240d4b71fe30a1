"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { addComment, fetchComments, setCommentResolved, storyKeys, type StoryComment } from "./api";
import { useNewsroomTime } from "@/components/use-newsroom-time";
import { splitActionPrefix } from "@/lib/i18n/comment-prefix";
import { useLiveInterval } from "@/components/live-updates";

const smallButton = "rounded px-1.5 py-0.5 text-xs text-stone-600 hover:bg-stone-100 disabled:opacity-50";

/** The top-level comment a comment hangs under (replies to replies join their thread). */
function rootOf(c: StoryComment, byId: Map<number, StoryComment>): number {
  let cur = c;
  const seen = new Set<number>();
  while (cur.parentId !== null && byId.has(cur.parentId) && !seen.has(cur.id)) {
    seen.add(cur.id);
    cur = byId.get(cur.parentId)!;
  }
  return cur.id;
}

function CommentForm({ label, submit, pending, onCancel, testId }: { label: string; submit: (body: string) => Promise<unknown>; pending: boolean; onCancel?: () => void; testId: string }) {
  const t = useTranslations();
  const id = useId();
  const [body, setBody] = useState("");
  return (
    <form
      className="space-y-1.5"
      onSubmit={async (e) => {
        e.preventDefault();
        if (body.trim() === "") return;
        try {
          await submit(body.trim());
          setBody("");
        } catch {
          // shown by the panel's alert; the text stays in the box
        }
      }}
    >
      <label htmlFor={id} className="block text-xs font-medium text-stone-600">
        {label}
      </label>
      <textarea id={id} data-testid={testId} value={body} onChange={(e) => setBody(e.target.value)} rows={2} maxLength={5000} className="w-full rounded border border-stone-300 px-2 py-1.5 text-sm" />
      <div className="flex gap-2">
        <button type="submit" disabled={pending || body.trim() === ""} className="rounded bg-stone-800 px-3 py-1 text-xs font-medium text-white hover:bg-stone-700 disabled:opacity-50">
          {onCancel ? t("comments.send") : t("comments.post")}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} className={smallButton}>
            {t("common.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}

function CommentItem({ c, onToggle, busy }: { c: StoryComment; onToggle?: () => void; busy: boolean }) {
  const t = useTranslations();
  const resolved = c.resolvedAt !== null;
  const time = useNewsroomTime();
  const { action, text } = splitActionPrefix(c.body);
  return (
    <div data-testid="comment" data-comment-id={c.id} data-resolved={resolved} className={resolved ? "opacity-60" : ""}>
      <div className="flex items-baseline gap-2 text-xs text-stone-500">
        <strong className="text-stone-800" data-content="">
          {c.author}
        </strong>
        <time dateTime={c.createdAt}>{time(c.createdAt)}</time>
        {resolved && <span className="rounded bg-emerald-50 px-1 text-emerald-700">{t("comments.resolved")}</span>}
      </div>
      {/* Text only, never HTML: a note containing <script> shows literally. */}
      <p data-testid="comment-body" className="mt-0.5 whitespace-pre-wrap break-words text-sm">
        {action && t("comments.actionPrefix", { action: t(`storyAction.${action}`) })}
        <span data-content="">{text}</span>
      </p>
      {onToggle && (
        <button type="button" disabled={busy} onClick={onToggle} className={`${smallButton} mt-0.5`}>
          {resolved ? t("comments.reopen") : t("comments.resolve")}
        </button>
      )}
    </div>
  );
}

/** Editorial notes (never printed): threads of a top-level note and its replies; add, reply, resolve, reopen. */
export function CommentsPanel({ storyId }: { storyId: number }) {
  const t = useTranslations("comments");
  const titleId = useId();
  const queryClient = useQueryClient();
  const comments = useQuery({ queryKey: storyKeys.comments(storyId), queryFn: () => fetchComments(storyId), refetchInterval: useLiveInterval(10_000) });
  const [replyTo, setReplyTo] = useState<number | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: storyKeys.comments(storyId) });

  const post = useMutation({
    mutationFn: ({ body, parentId }: { body: string; parentId?: number }) => addComment(storyId, body, parentId),
    onSuccess: async () => {
      setReplyTo(null);
      await refresh();
    },
  });
  const toggle = useMutation({
    mutationFn: ({ id, resolved }: { id: number; resolved: boolean }) => setCommentResolved(storyId, id, resolved),
    onSuccess: refresh,
  });

  const list = comments.data ?? [];
  const byId = new Map(list.map((c) => [c.id, c]));
  const threads = list.filter((c) => c.parentId === null || !byId.has(c.parentId));
  const replies = (rootId: number) => list.filter((c) => c.id !== rootId && rootOf(c, byId) === rootId);
  const error = post.error ?? toggle.error;

  return (
    <section data-testid="comments" className="rounded border border-stone-300 bg-white shadow-sm" aria-labelledby={titleId}>
      <div className="border-b border-stone-200 px-4 py-2">
        <h2 id={titleId} className="text-sm font-bold tracking-wide">
          {t("title")}
          {list.length > 0 && <span className="ml-1 font-normal text-stone-500">({list.length})</span>}
        </h2>
        <p className="text-xs text-stone-500">{t("note")}</p>
      </div>
      {error && (
        <p role="alert" className="mx-4 mt-2 rounded bg-red-50 px-2 py-1 text-sm text-red-800">
          {error.message}
        </p>
      )}
      <ul className="max-h-[28rem] divide-y divide-stone-100 overflow-auto">
        {threads.map((c) => (
          <li key={c.id} className="px-4 py-2" data-testid="comment-thread">
            <CommentItem c={c} busy={toggle.isPending} onToggle={() => toggle.mutate({ id: c.id, resolved: c.resolvedAt === null })} />
            <ul className="mt-1 space-y-2 border-l-2 border-stone-200 pl-3">
              {replies(c.id).map((r) => (
                <li key={r.id}>
                  <CommentItem c={r} busy={toggle.isPending} />
                </li>
              ))}
            </ul>
            {replyTo === c.id ? (
              <div className="mt-2 pl-3">
                <CommentForm
                  label={t("replyLabel")}
                  testId="reply-input"
                  pending={post.isPending}
                  onCancel={() => setReplyTo(null)}
                  submit={(body) => post.mutateAsync({ body, parentId: c.id })}
                />
              </div>
            ) : (
              <button type="button" onClick={() => setReplyTo(c.id)} className={`${smallButton} mt-1`}>
                {t("reply")}
              </button>
            )}
          </li>
        ))}
        {comments.isSuccess && list.length === 0 && <li className="px-4 py-3 text-sm text-stone-500">{t("empty")}</li>}
      </ul>
      <div className="border-t border-stone-200 px-4 py-3">
        <CommentForm label={t("new")} testId="comment-input" pending={post.isPending} submit={(body) => post.mutateAsync({ body })} />
      </div>
    </section>
  );
}
