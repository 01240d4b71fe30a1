"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { apiRequest } from "@/components/api-request";

/** The user's own password: current one, new one twice. The server ends their other sessions. */
export function PasswordForm({ minLength }: { minLength: number }) {
  const t = useTranslations("account");
  const ids = useId();
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => apiRequest<void>("PUT", "/api/me/password", body),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const newPassword = String(form.get("newPassword") ?? "");
    const same = newPassword === String(form.get("confirmPassword") ?? "");
    setMismatch(!same);
    if (!same) return;
    const target = event.currentTarget;
    change.mutate({ currentPassword: String(form.get("currentPassword") ?? ""), newPassword }, { onSuccess: () => target.reset() });
  }

  const field = "mt-1 w-full rounded border border-stone-300 px-3 py-2";
  return (
    <form onSubmit={onSubmit} className="max-w-sm space-y-4" noValidate aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="text-lg font-bold">
        {t("changePassword")}
      </h2>
      <label className="block text-sm">
        <span className="text-stone-700">{t("currentPassword")}</span>
        <input name="currentPassword" type="password" autoComplete="current-password" required className={field} />
      </label>
      <div>
        <label className="block text-sm">
          <span className="text-stone-700">{t("newPassword")}</span>
          <input name="newPassword" type="password" autoComplete="new-password" required minLength={minLength} aria-describedby={`${ids}-rule`} className={field} />
        </label>
        <p id={`${ids}-rule`} className="mt-1 text-xs text-stone-500">
          {t("passwordRule", { min: minLength })}
        </p>
      </div>
      <label className="block text-sm">
        <span className="text-stone-700">{t("confirmPassword")}</span>
        <input name="confirmPassword" type="password" autoComplete="new-password" required className={field} />
      </label>
      {(mismatch || change.isError) && (
        <p role="alert" data-testid="password-error" className="rounded bg-red-50 px-3 py-2 text-sm text-red-700">
          {mismatch ? t("mismatch") : change.error?.message}
        </p>
      )}
      {change.isSuccess && !mismatch && (
        <p role="status" data-testid="password-changed" className="rounded bg-green-50 px-3 py-2 text-sm text-green-800">
          {t("changed")}
        </p>
      )}
      <button type="submit" disabled={change.isPending} className="rounded bg-press px-4 py-2 font-bold text-white hover:bg-red-800 disabled:opacity-60">
        {t("changePassword")}
      </button>
    </form>
  );
}
