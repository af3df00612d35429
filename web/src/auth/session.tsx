import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";
import { api, expectOk, resumeSession } from "../api/client";
import { onTokensChange, saveTokens, storedRefreshToken, type Tokens } from "../api/tokens";
import type { UserView } from "../api/views";

interface Session {
  user: UserView | null;
  ready: boolean;
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  reloadUser: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Who is signed in; resumes the session from the stored refresh token when the app loads. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<UserView | null>(null);
  const [ready, setReady] = useState(false);

  const reloadUser = useCallback(async () => {
    const me = await expectOk(api.GET("/api/v1/users/me"));
    setUser(me as UserView);
  }, []);

  useEffect(() => {
    resumeSession()
      .then((resumed) => (resumed ? reloadUser() : undefined))
      .catch(() => saveTokens(null))
      .finally(() => setReady(true));
    return onTokensChange(() => {
      if (!storedRefreshToken()) setUser(null);
    });
  }, [reloadUser]);

  const signIn = useCallback(async (email: string, password: string) => {
    const tokens = await expectOk(api.POST("/api/v1/auth/login", { body: { email, password } }));
    saveTokens(tokens as Tokens);
    await reloadUser();
  }, [reloadUser]);

  const signOut = useCallback(async () => {
    const refreshToken = storedRefreshToken();
    if (refreshToken) await api.POST("/api/v1/auth/logout", { body: { refreshToken } }).catch(() => undefined);
    saveTokens(null);
    setUser(null);
  }, []);

  return <SessionContext.Provider value={{ user, ready, signIn, signOut, reloadUser }}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside SessionProvider");
  return session;
}
