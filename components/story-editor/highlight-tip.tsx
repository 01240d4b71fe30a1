"use client";

import { useTranslations } from "next-intl";
import { Content } from "@/components/content";
import type { ProofMarkItem } from "@/components/proofing/proof-marks-list";
import type { CheckedFinding } from "@/lib/check-desk/finding-status";
import { RULE_LABEL, SEVERITY_LABEL } from "./check-panel";

/** What a highlight in the editor stands for. */
export type HighlightItem = { kind: "finding"; finding: CheckedFinding } | { kind: "mark"; mark: ProofMarkItem };

const button = "rounded border px-2 py-0.5 text-xs disabled:opacity-50";

/** Brings the mark's row in the 校对标记 panel into view and focus (accept and reject are there). */
function showMarkInPanel(id: number) {
  const row = document.getElementById(`proof-mark-${id}`);
  if (!row) return;
  row.scrollIntoView({ block: "center" });
  row.focus();
}

/**
 * The line under a field naming the highlights the caret is in: a 机检 finding with its severity, rule, the text and
 * the suggestion (applied as the panel's 改为 does), a proof mark with its type, marked → correction, who and the
 * round, and a way to the mark in the panel.
 */
export function HighlightTipLine({ items, onApply }: { items: HighlightItem[]; onApply: (f: CheckedFinding) => void }) {
  const t = useTranslations("highlight");
  const tAll = useTranslations();
  if (items.length === 0) return null;
  return (
    <div className="mt-1 space-y-1" data-testid="highlight-tips">
      {items.map((item) =>
        item.kind === "finding" ? (
          <p
            key={item.finding.key}
            data-testid="highlight-tip"
            data-kind="finding"
            data-rule={item.finding.rule}
            className={`flex flex-wrap items-baseline gap-x-2 gap-y-1 rounded border px-2 py-1 text-xs ${item.finding.severity === "block" ? "border-press/40 bg-red-50 text-red-950" : "border-amber-300 bg-amber-50 text-amber-950"}`}
          >
            <span className={`rounded px-1 font-bold ${item.finding.severity === "block" ? "bg-press text-white" : "bg-amber-200 text-amber-950"}`}>{tAll(SEVERITY_LABEL[item.finding.severity])}</span>
            <span className="font-medium">{tAll(RULE_LABEL[item.finding.rule])}</span>
            <span className="font-serif text-sm">
              「<Content>{item.finding.text}</Content>」
            </span>
            {item.finding.note && (
              <span className="text-stone-600">
                <Content>{item.finding.note}</Content>
              </span>
            )}
            {item.finding.suggestion !== null && (
              <button type="button" data-testid="highlight-apply" className={`${button} border-emerald-700 bg-white text-emerald-800 hover:bg-emerald-50`} onClick={() => onApply(item.finding)}>
                {item.finding.suggestion === "" ? t("deleteIt") : tAll("checkDesk.suggest", { s: item.finding.suggestion })}
              </button>
            )}
          </p>
        ) : (
          <p key={item.mark.id} data-testid="highlight-tip" data-kind="mark" data-mark-id={item.mark.id} className="flex flex-wrap items-baseline gap-x-2 gap-y-1 rounded border border-sky-300 bg-sky-50 px-2 py-1 text-xs text-sky-950">
            <span className="rounded bg-sky-800 px-1 font-bold text-white">{t("mark")}</span>
            <span className="font-medium">{tAll(`proof.typeName.${item.mark.type}`)}</span>
            <span className="font-serif text-sm" data-content="">
              <del className="text-press">{item.mark.marked}</del> → <ins className="font-bold no-underline">{item.mark.correction || "∅"}</ins>
            </span>
            <span className="text-stone-600" data-content="">
              {tAll("proof.madeBy", { name: item.mark.createdBy, round: item.mark.round })}
            </span>
            {item.mark.note && (
              <span className="text-stone-600">
                <Content>{item.mark.note}</Content>
              </span>
            )}
            <button type="button" data-testid="highlight-to-mark" className={`${button} border-sky-700 bg-white text-sky-900 hover:bg-sky-100`} onClick={() => showMarkInPanel(item.mark.id)}>
              {t("toMark")}
            </button>
          </p>
        ),
      )}
    </div>
  );
}
