import { useState, type FormEvent } from "react";
import { api, expectOk } from "../../api/client";
import { loadCountries } from "../../api/lookups";
import { etagOf } from "../../api/versioned";
import type { CountryView } from "../../api/views";
import { Alert, Field, Outcome, Page, useAction, useLoad } from "../../components/ui";
import { EditCard, useVersionedEdit } from "../../components/versionedEdit";

export function Countries() {
  const countries = useLoad(loadCountries, []);
  const [form, setForm] = useState({ code: "", name: "", timeZone: "" });
  const edit = useVersionedEdit<CountryView>();
  const create = useAction();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.run(async () => {
      await expectOk(api.POST("/api/v1/countries", { body: { ...form, code: form.code.toUpperCase() } }));
      countries.reload();
      setForm({ code: "", name: "", timeZone: "" });
      return `${form.name} is set up.`;
    });
  };

  const startEdit = (country: CountryView) =>
    edit.start(country, () => etagOf(api.GET("/api/v1/countries/{code}", { params: { path: { code: country.code } } })));

  const saveEdit = (e: FormEvent) => edit.save(e, async (country, ifMatch) => {
    await expectOk(api.PATCH("/api/v1/countries/{code}", {
      params: { path: { code: country.code }, header: ifMatch },
      body: { name: country.name, timeZone: country.timeZone, active: country.active },
    }));
    countries.reload();
    return `${country.name} is saved.`;
  });

  return (
    <Page title="Countries">
      {countries.error && <Alert kind="error">{countries.error}</Alert>}
      <Outcome error={edit.action.error} notice={edit.action.notice} />
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
      {edit.item && (
        <EditCard name={edit.item.code} onSubmit={saveEdit} onClose={edit.close} busy={edit.action.busy}
          activeLabel="Active" active={edit.item.active} onActive={(active) => edit.change({ active })}>
          <Field label="Name" name="editName" value={edit.item.name} onChange={(name) => edit.change({ name })} required />
          <Field label="Time zone (IANA)" name="editTimeZone" value={edit.item.timeZone} onChange={(timeZone) => edit.change({ timeZone })} required />
        </EditCard>
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
