import bcrypt from "bcryptjs";

/** bcrypt cost 11: ~150 ms per hash here — slow enough to blunt guessing, fast enough for sign-in. */
const COST = 11;
export const MIN_PASSWORD_LENGTH = 8;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** A hash of a random string, compared against when the login is unknown so timing does not reveal it. */
export const DUMMY_HASH = "$2b$11$CwTycUXWue0Thq9StjUM0uJ8.1Vv6X8bT3b3ZpP5H1f8zYk1dE7xG";
