"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { SessionProvider } from "next-auth/react";
import { useEffect, useState, type ReactNode } from "react";

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        // Polling goes on in background tabs: a budget on a second screen must keep up too.
        defaultOptions: { queries: { staleTime: 2_000, retry: 1, refetchIntervalInBackground: true } },
      }),
  );
  // Marks the page interactive (buttons wired up): the e2e tests wait for it instead of sleeping.
  useEffect(() => {
    document.body.dataset.hydrated = "true";
  }, []);
  return (
    <SessionProvider refetchOnWindowFocus={false}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </SessionProvider>
  );
}
