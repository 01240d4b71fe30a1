import type { Role } from "@/lib/roles";

declare module "next-auth" {
  interface Session {
    user: { id: number; name: string | null; role: Role };
    /** The user_sessions row this session is (app/_server/session.ts checks it is still there). */
    sid?: string;
  }
}
