// The signed-in session's tokens. The access token lives in memory only; the refresh token is kept in
// localStorage so a reload stays signed in, and it rotates on every refresh (identity revokes a reused one).
export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

const REFRESH_KEY = "classbook.refreshToken";
let accessToken: string | null = null;
const listeners = new Set<() => void>();

export function currentAccessToken(): string | null {
  return accessToken;
}

export function storedRefreshToken(): string | null {
  return localStorage.getItem(REFRESH_KEY);
}

export function saveTokens(tokens: Tokens | null): void {
  accessToken = tokens?.accessToken ?? null;
  if (tokens) localStorage.setItem(REFRESH_KEY, tokens.refreshToken);
  else localStorage.removeItem(REFRESH_KEY);
  listeners.forEach((listener) => listener());
}

/** Called whenever the session starts or ends (for instance when a refresh is refused). */
export function onTokensChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
