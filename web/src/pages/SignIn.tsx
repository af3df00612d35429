import { useState, type FormEvent } from "react";
import { Link, useLocation, useNavigate } from "react-router-dom";
import { useSession } from "../auth/session";
import { Field, Outcome, Page, useAction } from "../components/ui";

export function SignIn() {
  const { signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const action = useAction();
  const next = (location.state as { next?: string } | null)?.next ?? "/";

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await action.run(() => signIn(email.trim(), password))) navigate(next, { replace: true });
  };

  return (
    <Page title="Sign in">
      <form onSubmit={submit} className="card narrow">
        <Field label="Email" name="email" type="email" value={email} onChange={setEmail} required autoComplete="username" />
        <Field label="Password" name="password" type="password" value={password} onChange={setPassword} required autoComplete="current-password" />
        <Outcome error={action.error} notice={action.notice} />
        <button type="submit" disabled={action.busy}>Sign in</button>
        <p><Link to="/forgot-password">Forgot your password?</Link> · <Link to="/signup">Create an account</Link></p>
      </form>
    </Page>
  );
}
