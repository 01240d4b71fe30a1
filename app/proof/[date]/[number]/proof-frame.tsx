"use client";

import Link from "next/link";
import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Screen-only frame of the proof: a toolbar (back, print, PDF, zoom) and the whole sheet scaled into
 * the window (or at its real size). Printing (and the server's PDF render) uses print media: no toolbar, the sheet at 100 %.
 */
export function ProofFrame({
  children,
  backHref,
  pdfHref,
  labels,
}: {
  children: ReactNode;
  backHref: string;
  pdfHref: string;
  labels: { back: string; print: string; download: string; fit: string; actual: string };
}) {
  const sheetRef = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState(true);
  useEffect(() => {
    const sheet = sheetRef.current?.querySelector<HTMLElement>(".proof-sheet");
    if (!sheet) return;
    function apply() {
      if (!sheet) return;
      sheet.style.removeProperty("--screen-zoom");
      if (!fit) return;
      const { width, height } = sheet.getBoundingClientRect();
      const toolbar = document.querySelector(".proof-toolbar")?.getBoundingClientRect().height ?? 0;
      const zoom = Math.min(1, (window.innerWidth - 48) / width, (window.innerHeight - toolbar - 48) / height);
      sheet.style.setProperty("--screen-zoom", String(Math.max(0.2, zoom)));
    }
    apply();
    window.addEventListener("resize", apply);
    return () => window.removeEventListener("resize", apply);
  }, [fit]);
  const button = "rounded border border-stone-400 bg-white px-3 py-1 text-sm hover:bg-stone-100";
  return (
    <>
      <div className="proof-toolbar sticky top-0 z-50 flex items-center gap-2 border-b border-stone-300 bg-white/95 px-4 py-2">
        <Link href={backHref} className="text-sm text-press hover:underline">
          ← {labels.back}
        </Link>
        <span className="ml-auto" />
        <button type="button" className={button} onClick={() => setFit((f) => !f)} aria-pressed={!fit}>
          {fit ? labels.actual : labels.fit}
        </button>
        <button type="button" className={button} onClick={() => window.print()}>
          {labels.print}
        </button>
        <a href={pdfHref} className={button} download>
          {labels.download}
        </a>
      </div>
      <div ref={sheetRef} className="proof-screen">
        {children}
      </div>
    </>
  );
}
