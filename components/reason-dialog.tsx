"use client";

import { useId, type ReactNode } from "react";

export interface ReasonDialogText {
  title: string;
  /** The reason field's label, hint and "required" message; left out (or no `onChange`) when the dialog only confirms. */
  reason?: string;
  hint?: string;
  required?: string;
  cancel: string;
  /** Left out for a panel that only informs (one button, `cancel`, closes it). */
  confirm?: string;
}

/**
 * The modal that asks why (退回, 撤稿, 退回重排, 撤签): a required reason, cancel and confirm.
 * The parent keeps the text and decides; the server refuses a blank reason either way.
 * Without `text.reason` it only confirms (交稿, 初审通过, 终审通过, 提交签版, 签版, 付印): `message` says what will
 * happen, `warning` what to look at first (a story far from its target length), `details` lists what stops it or
 * warns (a page's blockers and warnings); `confirmDisabled` when something stops it. The focus starts on 取消, so a
 * stray Enter never confirms a high-stakes step.
 */
export function ReasonDialog({
  text,
  reason,
  missing,
  error,
  pending,
  onChange,
  onCancel,
  onConfirm,
  reasonTestId,
  confirmTestId,
  message,
  warning,
  details,
  confirmDisabled,
  optional,
}: {
  text: ReasonDialogText;
  reason?: string;
  missing?: boolean;
  error: string | null;
  pending: boolean;
  onChange?: (reason: string) => void;
  onCancel: () => void;
  onConfirm?: () => void;
  reasonTestId?: string;
  confirmTestId?: string;
  message?: ReactNode;
  warning?: ReactNode;
  details?: ReactNode;
  confirmDisabled?: boolean;
  /** The text is optional (a 审稿意见 when passing): not required, and the focus stays on 取消. */
  optional?: boolean;
}) {
  const ids = useId();
  const asksReason = text.reason !== undefined && onChange !== undefined;
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-black/30 p-4" onKeyDown={(e) => e.key === "Escape" && onCancel()}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${ids}-title`}
        aria-describedby={message || warning ? `${ids}-message` : undefined}
        className="max-h-[90vh] w-full max-w-md overflow-y-auto rounded bg-white p-5 shadow-xl"
      >
        <h2 id={`${ids}-title`} className="mb-3 text-base font-bold">
          {text.title}
        </h2>
        {(message || warning) && (
          <div id={`${ids}-message`} className="mb-3 space-y-2 text-sm">
            {warning && (
              <p data-testid="dialog-warning" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 font-medium text-amber-900">
                {warning}
              </p>
            )}
            {message && <p data-testid="dialog-message">{message}</p>}
          </div>
        )}
        {details}
        {asksReason && (
          <>
            <label htmlFor={`${ids}-reason`} className="mb-1 block text-sm font-medium">
              {text.reason}
            </label>
            <textarea
              id={`${ids}-reason`}
              data-testid={reasonTestId}
              autoFocus={!optional}
              required={!optional}
              aria-invalid={missing}
              aria-describedby={`${ids}-hint`}
              value={reason}
              onChange={(e) => onChange?.(e.target.value)}
              rows={4}
              maxLength={1000}
              className="w-full rounded border border-stone-300 px-3 py-2 text-sm"
            />
            <p id={`${ids}-hint`} className="mt-1 text-xs text-stone-500">
              {text.hint}
            </p>
          </>
        )}
        {(missing || error) && (
          <p role="alert" className="mt-2 text-sm text-red-700">
            {missing ? text.required : error}
          </p>
        )}
        <div className="mt-4 flex justify-end gap-2">
          <button type="button" onClick={onCancel} autoFocus={!asksReason || optional} className="rounded border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100">
            {text.cancel}
          </button>
          {text.confirm !== undefined && (
            <button
              type="button"
              data-testid={confirmTestId}
              disabled={pending || confirmDisabled}
              onClick={onConfirm}
              className="rounded border border-press bg-press px-3 py-1.5 text-sm font-medium text-white hover:opacity-90 disabled:opacity-50"
            >
              {text.confirm}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
