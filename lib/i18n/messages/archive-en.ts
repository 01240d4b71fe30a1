import type { ArchiveMessages } from "./archive-zh-CN";

export const archiveEn: ArchiveMessages = {
  export: "Export archive",
  exportHint: "The whole edition (pages, stories with every revision, comments, audit, signed snapshots) as one JSON file",
  import: "Import archive",
  dialogTitle: "Import an edition archive",
  dialogHint: "Choose an edition archive exported from Newsdesk (a JSON file, at most {max} MB). The edition is imported in one step, and not at all when an edition of its date exists. A refused file changes nothing.",
  file: "Archive file",
  submit: "Import",
  importing: "Importing…",
  close: "Close",
  done: "Imported the edition of {date}: {pages} pages, {stories} stories",
  createdUsers: "Accounts this Newsdesk did not have were created disabled (no usable password; an admin sets one and enables them): {logins}",
  createdPeople: "Byline people created: {names}",
  open: "Open the edition",
  unreadable: "This file cannot be read: {reason}",
};
