const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Text for HTML: the e-paper's pages are strings, every value from a story goes through this. */
export const esc = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);
