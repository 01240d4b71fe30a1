import type { Role } from "@/lib/roles";

declare module "next-auth" {
  interface Session {
    user: { id: number; name: string | null; role: Role };
  }
}
