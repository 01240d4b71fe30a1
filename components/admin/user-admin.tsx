"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { apiRequest } from "@/components/api-request";
import { contentTag } from "@/components/content";
import { ROLES, type Role } from "@/lib/roles";

export interface AdminUserRow {
  id: number;
  login: string;
  name: string;
  role: Role;
  disabled: boolean;
}

const field = "rounded border border-stone-300 px-2 py-1";

/** The admin's users page: every login with its role, state and password reset, and a form for a new one. */
export function UserAdmin({ initialUsers, selfId, minPassword }: { initialUsers: AdminUserRow[]; selfId: number; minPassword: number }) {
  const t = useTranslations();
  const [users, setUsers] = useState(initialUsers);
  const replace = (user: AdminUserRow) => setUsers((all) => all.map((u) => (u.id === user.id ? user : u)));
  return (
    <div className="space-y-8">
      <ul className="divide-y divide-stone-100 bg-white text-sm shadow-sm" aria-label={t("dashboard.users")}>
        <li className="hidden gap-4 px-4 py-2 text-xs text-stone-500 md:grid md:grid-cols-[8rem_8rem_9rem_6rem_1fr]" aria-hidden="true">
          <span>{t("login.login")}</span>
          <span>{t("account.name")}</span>
          <span>{t("account.role")}</span>
          <span>{t("users.state")}</span>
          <span>{t("users.actions")}</span>
        </li>
        {users.map((u) => (
          <UserRow key={u.id} user={u} self={u.id === selfId} minPassword={minPassword} onChanged={replace} />
        ))}
      </ul>
      <NewUserForm minPassword={minPassword} onCreated={(u) => setUsers((all) => [...all, u])} />
    </div>
  );
}

function UserRow({ user, self, minPassword, onChanged }: { user: AdminUserRow; self: boolean; minPassword: number; onChanged: (u: AdminUserRow) => void }) {
  const t = useTranslations();
  const ids = useId();
  const [resetting, setResetting] = useState(false);
  const update = useMutation({
    mutationFn: (patch: { role?: Role; disabled?: boolean }) => apiRequest<{ user: AdminUserRow }>("PATCH", `/api/users/${user.id}`, patch),
    onSuccess: ({ user: changed }) => onChanged(changed),
  });
  const reset = useMutation({
    mutationFn: (password: string) => apiRequest<void>("PUT", `/api/users/${user.id}/password`, { password }),
    onSuccess: () => setResetting(false),
  });

  function onReset(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    reset.mutate(String(new FormData(event.currentTarget).get("password") ?? ""));
  }

  const error = update.error ?? reset.error;
  return (
    <li data-testid="user-row" data-login={user.login} className={`grid grid-cols-2 items-center gap-2 px-4 py-3 md:grid-cols-[8rem_8rem_9rem_6rem_1fr] md:gap-4 ${user.disabled ? "bg-stone-100" : ""}`}>
      <span className={`font-mono ${user.disabled ? "text-stone-500 line-through" : ""}`}>{user.login}</span>
      <span className={user.disabled ? "text-stone-500" : ""}>
        <span data-content="">{user.name}</span>
        {self && <span className="ml-1 text-xs text-stone-500">{t("users.you")}</span>}
      </span>
      <select
        aria-label={t.markup("users.roleOf", { name: user.name, content: (c) => c })}
        value={user.role}
        disabled={update.isPending}
        onChange={(e) => update.mutate({ role: e.target.value as Role })}
        className={`${field} w-fit min-w-28 bg-white`}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`role.${r}`)}
          </option>
        ))}
      </select>
      <span data-testid="user-state">
        <span className={`inline-block rounded border px-2 py-0.5 text-xs ${user.disabled ? "border-stone-300 bg-stone-200 text-stone-600" : "border-emerald-200 bg-emerald-50 text-emerald-800"}`}>
          {user.disabled ? t("users.disabled") : t("users.active")}
        </span>
      </span>
      <div className="col-span-2 flex flex-wrap items-center gap-2 md:col-span-1">
        {!self && (
          <button
            type="button"
            disabled={update.isPending}
            onClick={() => update.mutate({ disabled: !user.disabled })}
            className="rounded border border-stone-300 px-3 py-1 hover:bg-stone-100 disabled:opacity-60"
          >
            {user.disabled ? t("users.enable") : t("users.disable")}
          </button>
        )}
        <button type="button" aria-expanded={resetting} onClick={() => setResetting((r) => !r)} className="rounded border border-stone-300 px-3 py-1 hover:bg-stone-100">
          {t("users.resetPassword")}
        </button>
        {reset.isSuccess && !resetting && (
          <span role="status" className="text-xs text-green-800">
            {t.rich("users.resetDone", { name: user.name, content: contentTag })}
          </span>
        )}
      </div>
      {resetting && (
        <form onSubmit={onReset} className="col-span-2 flex flex-wrap items-end gap-2 md:col-span-5" noValidate>
          <label className="text-sm">
            <span className="block text-stone-700">{t.rich("users.newPasswordFor", { name: user.name, content: contentTag })}</span>
            <input id={`${ids}-pw`} name="password" type="password" autoComplete="new-password" required minLength={minPassword} className={`${field} mt-1 w-64 max-w-full`} />
          </label>
          <button type="submit" disabled={reset.isPending} className="rounded bg-press px-3 py-1 font-bold text-white hover:bg-red-800 disabled:opacity-60">
            {t("common.save")}
          </button>
          <button type="button" onClick={() => setResetting(false)} className="rounded border border-stone-300 px-3 py-1 hover:bg-stone-100">
            {t("common.cancel")}
          </button>
        </form>
      )}
      {error && (
        <p role="alert" data-testid="user-error" className="col-span-2 rounded bg-red-50 px-3 py-2 text-sm text-red-700 md:col-span-5">
          {error.message}
        </p>
      )}
    </li>
  );
}

function NewUserForm({ minPassword, onCreated }: { minPassword: number; onCreated: (u: AdminUserRow) => void }) {
  const t = useTranslations();
  const ids = useId();
  const create = useMutation({
    mutationFn: (body: { login: string; name: string; role: Role; password: string }) =>
      apiRequest<{ user: Omit<AdminUserRow, "disabled"> }>("POST", "/api/users", body),
    onSuccess: ({ user }) => onCreated({ ...user, disabled: false }),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const target = event.currentTarget;
    const body = { login: String(form.get("login") ?? ""), name: String(form.get("name") ?? ""), role: String(form.get("role")) as Role, password: String(form.get("password") ?? "") };
    create.mutate(body, { onSuccess: () => target.reset() });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3 bg-white p-4 text-sm shadow-sm" aria-labelledby={`${ids}-title`} noValidate>
      <h2 id={`${ids}-title`} className="text-lg font-bold">
        {t("users.add")}
      </h2>
      <div className="flex flex-wrap items-end gap-3">
        <label>
          <span className="block text-stone-700">{t("login.login")}</span>
          <input name="login" autoComplete="off" required className={`${field} mt-1 w-36`} />
        </label>
        <label>
          <span className="block text-stone-700">{t("account.name")}</span>
          <input name="name" required className={`${field} mt-1 w-36`} />
        </label>
        <label>
          <span className="block text-stone-700">{t("account.role")}</span>
          <select name="role" defaultValue="reporter" className={`${field} mt-1 bg-white`}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="block text-stone-700">{t("login.password")}</span>
          <input name="password" type="password" autoComplete="new-password" required minLength={minPassword} className={`${field} mt-1 w-44`} />
        </label>
        <button type="submit" disabled={create.isPending} className="rounded bg-press px-4 py-1.5 font-bold text-white hover:bg-red-800 disabled:opacity-60">
          {t("common.create")}
        </button>
      </div>
      {create.isError && (
        <p role="alert" className="rounded bg-red-50 px-3 py-2 text-red-700">
          {create.error.message}
        </p>
      )}
      {create.isSuccess && (
        <p role="status" className="text-green-800">
          {t("users.created", { login: create.data.user.login })}
        </p>
      )}
    </form>
  );
}
