import { useState, type FormEvent } from "react";
import { api, expectOk } from "../api/client";
import { loadCountries } from "../api/lookups";
import { Alert, Field, Outcome, Page, Select, useAction, useLoad } from "../components/ui";

export function SignUp() {
  const countries = useLoad(loadCountries, []);
  const [form, setForm] = useState({ firstName: "", lastName: "", email: "", password: "", countryCode: "" });
  const [sentTo, setSentTo] = useState<string | null>(null);
  const action = useAction();
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });
  const active = (countries.data ?? []).filter((c) => c.active);
  const countryCode = form.countryCode || active[0]?.code || "";

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body = { ...form, email: form.email.trim(), countryCode };
    if (await action.run(async () => void (await expectOk(api.POST("/api/v1/auth/register", { body }))))) setSentTo(body.email);
  };

  const resend = () => action.run(async () => {
    await expectOk(api.POST("/api/v1/auth/resend-verification", { body: { email: sentTo ?? "" } }));
    return "We sent the mail again.";
  });

  if (sentTo) {
    return (
      <Page title="Check your mail">
        <div className="card narrow">
          <Alert kind="success">We sent a confirmation link to {sentTo}. Open it to activate your account.</Alert>
          <Outcome error={action.error} notice={action.notice} />
          <button type="button" className="secondary" disabled={action.busy} onClick={resend}>Send the mail again</button>
        </div>
      </Page>
    );
  }

  return (
    <Page title="Create your account">
      <form onSubmit={submit} className="card narrow">
        <Field label="First name" name="firstName" value={form.firstName} onChange={set("firstName")} required autoComplete="given-name" />
        <Field label="Last name" name="lastName" value={form.lastName} onChange={set("lastName")} required autoComplete="family-name" />
        <Field label="Email" name="email" type="email" value={form.email} onChange={set("email")} required autoComplete="email" />
        <Field label="Password" name="password" type="password" value={form.password} onChange={set("password")} required
          autoComplete="new-password" hint="At least 10 characters." />
        <Select label="Country" name="countryCode" value={countryCode} onChange={set("countryCode")}
          options={active.map((c) => ({ value: c.code, label: c.name }))} />
        {countries.error && <Alert kind="error">{countries.error}</Alert>}
        <Outcome error={action.error} notice={action.notice} />
        <button type="submit" disabled={action.busy}>Create account</button>
      </form>
    </Page>
  );
}
