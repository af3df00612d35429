import { useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { api, expectOk } from "../api/client";
import { Alert, Field, Outcome, Page, useAction } from "../components/ui";

export function ForgotPassword() {
  const [email, setEmail] = useState("");
  const action = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    action.run(async () => {
      await expectOk(api.POST("/api/v1/auth/forgot-password", { body: { email: email.trim() } }));
      return "If an account exists for this email, we sent it a link to choose a new password.";
    });
  };
  return (
    <Page title="Forgot your password?">
      <form onSubmit={submit} className="card narrow">
        <Field label="Email" name="email" type="email" value={email} onChange={setEmail} required autoComplete="email" />
        <Outcome error={action.error} notice={action.notice} />
        <button type="submit" disabled={action.busy}>Send me a link</button>
      </form>
    </Page>
  );
}

/** The page the reset mail links to. */
export function ResetPassword() {
  const [params] = useSearchParams();
  const [password, setPassword] = useState("");
  const [done, setDone] = useState(false);
  const action = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body = { token: params.get("token") ?? "", newPassword: password };
    if (await action.run(async () => void (await expectOk(api.POST("/api/v1/auth/reset-password", { body }))))) setDone(true);
  };
  return (
    <Page title="Choose a new password">
      {done ? (
        <div className="card narrow">
          <Alert kind="success">Your password was changed, and you were signed out everywhere.</Alert>
          <p><Link to="/signin">Sign in</Link></p>
        </div>
      ) : (
        <form onSubmit={submit} className="card narrow">
          <Field label="New password" name="newPassword" type="password" value={password} onChange={setPassword} required
            autoComplete="new-password" hint="At least 10 characters." />
          <Outcome error={action.error} notice={action.notice} />
          <button type="submit" disabled={action.busy}>Save password</button>
        </form>
      )}
    </Page>
  );
}
