import bcrypt from "bcryptjs";
import { DomainError } from "./errors";

/** bcrypt cost 11: ~150 ms per hash here — slow enough to blunt guessing, fast enough for sign-in. */
const COST = 11;
export const MIN_PASSWORD_LENGTH = 8;
/**
 * bcrypt reads only the first 72 bytes of a password and ignores the rest without a word, so a longer one
 * is refused wherever a password is set rather than truncated. Bytes of UTF-8: a Chinese character is 3,
 * so a password of Han characters may be at most 24 of them.
 */
export const MAX_PASSWORD_BYTES = 72;

export function passwordBytes(password: string): number {
  return Buffer.byteLength(password, "utf8");
}

/** The one hash of a password that is being set; over MAX_PASSWORD_BYTES is a 400, never a silent cut. */
export function hashPassword(password: string): Promise<string> {
  if (passwordBytes(password) > MAX_PASSWORD_BYTES) {
    return Promise.reject(new DomainError("bad_request", "validation.passwordTooLong", { max: MAX_PASSWORD_BYTES }));
  }
  return bcrypt.hash(password, COST);
}

/**
 * Checking a password at sign-in stays as bcrypt does it (a password set before the limit existed still
 * works); no password over the limit can be set any more, so nothing is lost by the truncation here.
 */
export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** A hash of a random string, compared against when the login is unknown so timing does not reveal it. */
export const DUMMY_HASH = "$2b$11$CwTycUXWue0Thq9StjUM0uJ8.1Vv6X8bT3b3ZpP5H1f8zYk1dE7xG";
