import type { PageDeskMessages } from "./page-desk-zh-CN";

export const pageDeskEn: PageDeskMessages = {
  confirmTitle: "{action}?",
  what: {
    submit: "Page {n} goes to the chief for sign-off and layout stops; the chief signs it or sends it back.",
    sign: "Page {n} and its stories are frozen and a snapshot of the page is kept with its hash; changing anything then needs the signature withdrawn.",
    release: "The page's approved stories are published and page {n} goes on the e-paper for readers. Release cannot be undone.",
  },
  blockers: "Cannot {action} until these are fixed:",
  warnings: "Please note:",
  noIssues: "No problems found.",
  forward: "Next step",
  backward: "Send back",
};
