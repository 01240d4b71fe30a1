/** How a finding of the machine check is set aside: a warning dismissed, or a block overridden by the chief. */
export const CHECK_DISMISSAL_KINDS = ["dismiss", "override"] as const;
export type CheckDismissalKind = (typeof CHECK_DISMISSAL_KINDS)[number];
