import { useState, type FormEvent } from "react";
import { api, expectOk } from "../api/client";
import { loadCountries } from "../api/lookups";
import { useSession } from "../auth/session";
import { Field, Outcome, Page, Select, useAction, useLoad } from "../components/ui";

export function Profile() {
  const { user, reloadUser } = useSession();
  const countries = useLoad(loadCountries, []);
  const [profile, setProfile] = useState({ firstName: user?.firstName ?? "", lastName: user?.lastName ?? "", countryCode: user?.countryCode ?? "" });
  const [passwords, setPasswords] = useState({ currentPassword: "", newPassword: "" });
  const save = useAction();
  const change = useAction();

  const submitProfile = (e: FormEvent) => {
    e.preventDefault();
    save.run(async () => {
      await expectOk(api.PATCH("/api/v1/users/me", { body: profile }));
      await reloadUser();
      return "Your profile is saved.";
    });
  };

  const submitPassword = (e: FormEvent) => {
    e.preventDefault();
    change.run(async () => {
      await expectOk(api.POST("/api/v1/users/me/password", { body: passwords }));
      setPasswords({ currentPassword: "", newPassword: "" });
      return "Your password is changed.";
    });
  };

  return (
    <Page title="Profile">
      <form onSubmit={submitProfile} className="card narrow" aria-labelledby="profile-heading">
        <h2 id="profile-heading">Your details</h2>
        <p className="muted">{user?.email}</p>
        <Field label="First name" name="firstName" value={profile.firstName} onChange={(v) => setProfile({ ...profile, firstName: v })} required />
        <Field label="Last name" name="lastName" value={profile.lastName} onChange={(v) => setProfile({ ...profile, lastName: v })} required />
        <Select label="Country" name="profileCountry" value={profile.countryCode} onChange={(v) => setProfile({ ...profile, countryCode: v })}
          options={(countries.data ?? []).filter((c) => c.active).map((c) => ({ value: c.code, label: c.name }))} />
        <Outcome error={save.error} notice={save.notice} />
        <button type="submit" disabled={save.busy}>Save</button>
      </form>
      <form onSubmit={submitPassword} className="card narrow" aria-labelledby="password-heading">
        <h2 id="password-heading">Change password</h2>
        <Field label="Current password" name="currentPassword" type="password" value={passwords.currentPassword}
          onChange={(v) => setPasswords({ ...passwords, currentPassword: v })} required autoComplete="current-password" />
        <Field label="New password" name="newPassword" type="password" value={passwords.newPassword}
          onChange={(v) => setPasswords({ ...passwords, newPassword: v })} required autoComplete="new-password" hint="At least 10 characters." />
        <Outcome error={change.error} notice={change.notice} />
        <button type="submit" disabled={change.busy}>Change password</button>
      </form>
    </Page>
  );
}
