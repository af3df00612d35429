import { useEffect, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { api, expectOk } from "../api/client";
import { Alert, messageOf, Page } from "../components/ui";

/** The page the verification mail links to: it confirms the token once and says what happened. */
export function VerifyEmail() {
  const [params] = useSearchParams();
  const [state, setState] = useState<{ done: boolean; error: string | null }>({ done: false, error: null });
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    expectOk(api.POST("/api/v1/auth/verify-email", { body: { token: params.get("token") ?? "" } }))
      .then(() => setState({ done: true, error: null }), (e) => setState({ done: true, error: messageOf(e) }));
  }, [params]);

  return (
    <Page title="Confirm your email">
      <div className="card narrow">
        {!state.done && <p>Confirming…</p>}
        {state.done && !state.error && <Alert kind="success">Your email is confirmed. Welcome! You can sign in now.</Alert>}
        {state.error && <Alert kind="error">{state.error}</Alert>}
        {state.done && <p><Link to="/signin">Sign in</Link></p>}
      </div>
    </Page>
  );
}
