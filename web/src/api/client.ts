// The typed client generated from the merged OpenAPI document (docs/openapi.json): every call of the app goes
// through the public API at the gateway, with the bearer token, one refresh on a 401, and the problem as an error.
import createClient from "openapi-fetch";
import type { components, paths } from "./schema";
import { currentAccessToken, saveTokens, storedRefreshToken } from "./tokens";
import type { ProblemLike } from "../lib/problems";

export type Schemas = components["schemas"];

/** A refused call: the problem+json the API answered (or a network failure, without one). */
export class ApiError extends Error {
  constructor(readonly status: number, readonly problem: ProblemLike | undefined) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }
}

let refreshing: Promise<boolean> | null = null;

/** One refresh at a time, however many calls got a 401 together; rotation makes a second one fail. */
function refreshOnce(): Promise<boolean> {
  refreshing ??= (async () => {
    const refreshToken = storedRefreshToken();
    if (!refreshToken) return false;
    const answer = await fetch("/api/v1/auth/refresh", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ refreshToken }),
    });
    if (!answer.ok) {
      saveTokens(null);
      return false;
    }
    const tokens = (await answer.json()) as { accessToken: string; refreshToken: string };
    saveTokens(tokens);
    return true;
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** Restores a session after a reload from the stored refresh token; false when there is none or it expired. */
export function resumeSession(): Promise<boolean> {
  return currentAccessToken() ? Promise.resolve(true) : refreshOnce();
}

async function authorizedFetch(request: Request): Promise<Response> {
  const isAuthCall = new URL(request.url).pathname.startsWith("/api/v1/auth/");
  const retry = request.clone();
  const token = currentAccessToken();
  if (token && !isAuthCall) request.headers.set("Authorization", `Bearer ${token}`);
  const response = await fetch(request);
  if (response.status !== 401 || isAuthCall || !storedRefreshToken()) return response;
  if (!(await refreshOnce())) return response;
  retry.headers.set("Authorization", `Bearer ${currentAccessToken()}`);
  return fetch(retry);
}

export const api = createClient<paths>({ baseUrl: window.location.origin, fetch: authorizedFetch });

/** The data of a successful call, or an ApiError carrying the problem. */
export async function expectOk<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  throw new ApiError(response.status, (error ?? undefined) as ProblemLike | undefined);
}

/** A fresh key per user action; a retry of the same action sends the same key (the API replays the first answer). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
