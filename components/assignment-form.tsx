"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTimeZone, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Content } from "@/components/content";
import { useZoneName } from "@/components/use-zone-name";
import { newsroomInputToIso } from "@/lib/newsroom-time";
import { STORY_KINDS } from "@/lib/story-kinds";

interface Staff {
  assignable: { id: number; name: string; role: string }[];
}

/** "新建派稿" for the desk (assign reporters, target 字数, deadline), "新建稿件" for a reporter's own story. */
export function AssignmentForm({ date, isDesk }: { date: string; isDesk: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  const queryClient = useQueryClient();
  // A deadline typed as 21:00 is 21:00 on the publication's clock, whatever the browser's zone says.
  const timeZone = useTimeZone() ?? "Asia/Shanghai";
  const zone = useZoneName();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const staff = useQuery({
    queryKey: ["staff"],
    queryFn: async (): Promise<Staff> => (await fetch("/api/staff")).json(),
    enabled: open && isDesk,
  });
  const create = useMutation({
    mutationFn: async (body: Record<string, unknown>) => {
      const res = await fetch("/api/stories", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const json = await res.json();
      if (!res.ok) throw new Error(json.error?.message ?? `HTTP ${res.status}`);
      return json.story as { id: number };
    },
    onSuccess: (story) => {
      void queryClient.invalidateQueries({ queryKey: ["budget", date] });
      setOpen(false);
      router.push(`/stories/${story.id}`);
    },
    onError: (err: Error) => setError(err.message),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const f = new FormData(event.currentTarget);
    const target = String(f.get("targetLength") ?? "");
    const page = String(f.get("pageNumber") ?? "");
    create.mutate({
      edition: date,
      slug: String(f.get("slug") ?? ""),
      kind: String(f.get("kind") ?? "article"),
      brief: String(f.get("brief") ?? "") || null,
      ...(isDesk && {
        assigneeIds: f.getAll("assignee").map(Number),
        targetLength: target ? Number(target) : null,
        deadline: newsroomInputToIso(String(f.get("deadline") ?? ""), timeZone),
        pageNumber: page ? Number(page) : null,
      }),
    });
  }

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className="rounded bg-press px-3 py-1.5 text-sm font-bold text-white hover:bg-red-800">
        {isDesk ? t("assign.new") : t("assign.newOwn")}
      </button>
    );
  }
  return (
    <form onSubmit={onSubmit} className="mb-4 grid gap-3 rounded border border-stone-300 bg-white p-4 text-sm shadow-sm md:grid-cols-3" aria-label={t("assign.new")}>
      <label className="flex flex-col gap-1">
        {t("assign.slug")}
        <input name="slug" required maxLength={80} className="rounded border border-stone-300 px-2 py-1" />
      </label>
      <label className="flex flex-col gap-1">
        {t("story.kind")}
        <select name="kind" className="rounded border border-stone-300 px-2 py-1">
          {STORY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 md:row-span-2">
        {t("assign.brief")}
        <textarea name="brief" rows={4} maxLength={2000} className="rounded border border-stone-300 px-2 py-1" />
      </label>
      {isDesk && (
        <>
          <label className="flex flex-col gap-1">
            {t("assign.targetLength")}
            <input name="targetLength" type="number" min={1} max={50000} className="rounded border border-stone-300 px-2 py-1" />
          </label>
          <label className="flex flex-col gap-1">
            <span>
              {t("assign.deadline")}
              {t("phone.zoneNote", { zone })}
            </span>
            <input name="deadline" type="datetime-local" className="rounded border border-stone-300 px-2 py-1" />
          </label>
          <label className="flex flex-col gap-1">
            {t("page.numberLabel")}
            <input name="pageNumber" type="number" min={1} max={200} className="rounded border border-stone-300 px-2 py-1" />
          </label>
          <fieldset className="md:col-span-2">
            <legend>{t("assign.reporters")}</legend>
            <div className="mt-1 flex flex-wrap gap-3">
              {staff.data?.assignable.map((u) => (
                <label key={u.id} className="flex items-center gap-1">
                  <input type="checkbox" name="assignee" value={u.id} />
                  <Content>{u.name}</Content>
                </label>
              ))}
            </div>
          </fieldset>
        </>
      )}
      {error && (
        <p role="alert" className="text-red-700 md:col-span-3">
          {error}
        </p>
      )}
      <div className="flex gap-2 md:col-span-3">
        <button type="submit" disabled={create.isPending} className="rounded bg-press px-3 py-1.5 font-bold text-white disabled:opacity-60">
          {t("common.create")}
        </button>
        <button type="button" onClick={() => setOpen(false)} className="rounded border border-stone-300 px-3 py-1.5">
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
