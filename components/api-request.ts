/** A failed API call: the HTTP status (0 when the network failed), the error code and message, the whole body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }
}

/**
 * One JSON call to our API, for the client components: the answer on 2xx, else an ApiError carrying the
 * server's `{ error: { code, message } }` (and the rest of the body, e.g. a 409's `current`).
 */
export async function apiRequest<T>(method: string, url: string, body?: unknown, init: RequestInit = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      ...init,
    });
  } catch (err) {
    throw new ApiError(0, "network", err instanceof Error ? err.message : "network error");
  }
  if (res.status === 204) return undefined as T;
  let json: Record<string, unknown> = {};
  try {
    json = (await res.json()) as Record<string, unknown>;
  } catch {
    if (res.ok) throw new ApiError(res.status, "bad_response", `unreadable answer from ${url}`);
  }
  if (!res.ok) {
    const error = (json.error ?? {}) as { code?: string; message?: string };
    throw new ApiError(res.status, error.code ?? "http_error", error.message ?? `${res.status} ${res.statusText}`, json);
  }
  return json as T;
}
