import { useState, type FormEvent } from "react";
import { api, expectOk } from "../../api/client";
import { loadCountries } from "../../api/lookups";
import { etagOf } from "../../api/versioned";
import type { CountryView } from "../../api/views";
import { Alert, Field, Outcome, Page, useAction, useLoad } from "../../components/ui";

export function Countries() {
  const countries = useLoad(loadCountries, []);
  const [form, setForm] = useState({ code: "", name: "", timeZone: "" });
  const [editing, setEditing] = useState<{ country: CountryView; etag?: string } | null>(null);
  const create = useAction();
  const edit = useAction();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.run(async () => {
      await expectOk(api.POST("/api/v1/countries", { body: { ...form, code: form.code.toUpperCase() } }));
      countries.reload();
      setForm({ code: "", name: "", timeZone: "" });
      return `${form.name} is set up.`;
    });
  };

  const startEdit = (country: CountryView) => edit.run(async () => {
    const etag = await etagOf(api.GET("/api/v1/countries/{code}", { params: { path: { code: country.code } } }));
    setEditing({ country: { ...country }, etag });
  });

  const saveEdit = (e: FormEvent) => {
    e.preventDefault();
    if (!editing) return;
    const { country, etag } = editing;
    edit.run(async () => {
      await expectOk(api.PATCH("/api/v1/countries/{code}", {
        params: { path: { code: country.code }, header: etag ? { "If-Match": etag } : undefined },
        body: { name: country.name, timeZone: country.timeZone, active: country.active },
      }));
      setEditing(null);
      countries.reload();
      return `${country.name} is saved.`;
    });
  };

  return (
    <Page title="Countries">
      {countries.error && <Alert kind="error">{countries.error}</Alert>}
      <Outcome error={edit.error} notice={edit.notice} />
      <table>
        <caption className="sr-only">Countries</caption>
        <thead><tr><th scope="col">Code</th><th scope="col">Name</th><th scope="col">Time zone</th><th scope="col">Status</th><th scope="col"><span className="sr-only">Actions</span></th></tr></thead>
        <tbody>
          {(countries.data ?? []).map((c) => (
            <tr key={c.code}>
              <td>{c.code}</td><td>{c.name}</td><td>{c.timeZone}</td><td>{c.active ? "Active" : "Inactive"}</td>
              <td><button type="button" className="secondary" onClick={() => startEdit(c)} aria-label={`Edit ${c.name}`}>Edit</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing && (
        <form onSubmit={saveEdit} className="card narrow" aria-label={`Edit ${editing.country.code}`}>
          <h2>Edit {editing.country.code}</h2>
          <Field label="Name" name="editName" value={editing.country.name} onChange={(v) => setEditing({ ...editing, country: { ...editing.country, name: v } })} required />
          <Field label="Time zone (IANA)" name="editTimeZone" value={editing.country.timeZone}
            onChange={(v) => setEditing({ ...editing, country: { ...editing.country, timeZone: v } })} required />
          <div className="field checkbox">
            <input id="field-editActive" type="checkbox" checked={editing.country.active}
              onChange={(e) => setEditing({ ...editing, country: { ...editing.country, active: e.target.checked } })} />
            <label htmlFor="field-editActive">Active</label>
          </div>
          <div className="actions">
            <button type="button" className="secondary" onClick={() => setEditing(null)}>Close</button>
            <button type="submit" disabled={edit.busy}>Save</button>
          </div>
        </form>
      )}
      <form onSubmit={submit} className="card narrow" aria-labelledby="new-country">
        <h2 id="new-country">Add a country</h2>
        <Field label="Code (ISO 3166-1, two letters)" name="code" value={form.code} onChange={(v) => setForm({ ...form, code: v })} required />
        <Field label="Name" name="name" value={form.name} onChange={(v) => setForm({ ...form, name: v })} required />
        <Field label="Time zone (IANA, e.g. Europe/Paris)" name="timeZone" value={form.timeZone} onChange={(v) => setForm({ ...form, timeZone: v })} required />
        <Outcome error={create.error} notice={create.notice} />
        <button type="submit" disabled={create.busy}>Add country</button>
      </form>
    </Page>
  );
}
