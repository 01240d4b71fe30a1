/**
 * The printed sheet, a 对开 broadsheet of 390 × 540 mm: type area 350 × 490 mm (DESIGN.md), so one unit
 * (a body 字) is 350 mm ÷ 111 字 and a line 1.554 units: 100 lines = 490 mm. Margins: 20 mm left and right,
 * 18 mm at the head (slug line: paper, date, page) and 32 mm at the foot. @page has no margin of its own:
 * the sheet is the page. Shared by the proof (大样) and the e-paper's press sheet, which Chromium prints.
 */
export const SHEET_CSS = `
@page { size: 390mm 540mm; margin: 0; }
.proof-sheet {
  position: relative; box-sizing: border-box; width: 390mm; height: 540mm; overflow: hidden;
  padding: 18mm 20mm 32mm; background: #fff; color: #1a1a1a;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
.proof-sheet .newspaper-page { background: #fff; }
`;
