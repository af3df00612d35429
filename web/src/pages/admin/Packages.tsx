import { useState, type FormEvent } from "react";
import { api, expectOk } from "../../api/client";
import { etagOf } from "../../api/versioned";
import type { PackageView } from "../../api/views";
import { Alert, Field, Outcome, Page, useAction, useLoad } from "../../components/ui";
import { CountrySelect } from "../../components/choosers";
import { useCountryChoice } from "../../components/useCountryChoice";
import { EditCard, useVersionedEdit } from "../../components/versionedEdit";
import { formatPrice } from "../../lib/money";

export function Packages() {
  const countries = useCountryChoice(true);
  const chosen = countries.chosen;
  const packages = useLoad(
    async () => (chosen ? ((await expectOk(api.GET("/api/v1/packages", { params: { query: { country: chosen.code } } }))) as PackageView[]) : []),
    [chosen?.code],
  );
  const [form, setForm] = useState({ name: "", credits: "10", price: "", currency: "", validityDays: "30" });
  const edit = useVersionedEdit<PackageView>();
  const create = useAction();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!chosen) return;
    create.run(async () => {
      await expectOk(api.POST("/api/v1/packages", {
        body: { name: form.name, credits: Number(form.credits), price: form.price as unknown as number, // a decimal string stays exact
          currency: form.currency.toUpperCase(),
          countryCode: chosen.code, validityDays: Number(form.validityDays) },
      }));
      packages.reload();
      return `${form.name} is on sale in ${chosen.name}.`;
    });
  };

  const startEdit = (p: PackageView) =>
    edit.start(p, () => etagOf(api.GET("/api/v1/packages/{id}", { params: { path: { id: p.id } } })));

  const saveEdit = (e: FormEvent) => edit.save(e, async (p, ifMatch) => {
    await expectOk(api.PATCH("/api/v1/packages/{id}", {
      params: { path: { id: p.id }, header: ifMatch },
      // Prices travel as decimal strings (exact); the API reads either form.
      body: { name: p.name, price: p.price as unknown as number, active: p.active },
    }));
    packages.reload();
    return p.active ? `${p.name} is saved.` : `${p.name} is no longer on sale. Members keep what they bought.`;
  });

  return (
    <Page title="Packages">
      <CountrySelect choice={countries} />
      {packages.error && <Alert kind="error">{packages.error}</Alert>}
      <Outcome error={edit.action.error} notice={edit.action.notice} />
      <table>
        <caption className="sr-only">Packages on sale</caption>
        <thead><tr><th scope="col">Name</th><th scope="col">Credits</th><th scope="col">Price</th><th scope="col">Valid</th><th scope="col"><span className="sr-only">Actions</span></th></tr></thead>
        <tbody>
          {(packages.data ?? []).map((p) => (
            <tr key={p.id}>
              <td>{p.name}</td><td>{p.credits}</td><td>{formatPrice(p.price, p.currency, p.countryCode)}</td><td>{p.validityDays} days</td>
              <td><button type="button" className="secondary" onClick={() => startEdit(p)} aria-label={`Edit ${p.name}`}>Edit</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      {edit.item && (
        <EditCard name={edit.item.name} onSubmit={saveEdit} onClose={edit.close} busy={edit.action.busy}
          activeLabel="On sale" active={edit.item.active} onActive={(active) => edit.change({ active })}>
          <Field label="Name" name="editName" value={edit.item.name} onChange={(name) => edit.change({ name })} required />
          <Field label={`Price (${edit.item.currency})`} name="editPrice" value={edit.item.price} onChange={(price) => edit.change({ price })} required />
        </EditCard>
      )}
      <form onSubmit={submit} className="card narrow" aria-labelledby="new-package">
        <h2 id="new-package">New package{chosen ? ` in ${chosen.name}` : ""}</h2>
        <Field label="Name" name="name" value={form.name} onChange={(v) => setForm({ ...form, name: v })} required />
        <Field label="Credits" name="credits" type="number" min={1} value={form.credits} onChange={(v) => setForm({ ...form, credits: v })} required />
        <Field label="Price" name="price" value={form.price} onChange={(v) => setForm({ ...form, price: v })} required hint="For example 49.00" />
        <Field label="Currency (ISO 4217)" name="currency" value={form.currency} onChange={(v) => setForm({ ...form, currency: v })} required />
        <Field label="Valid for (days)" name="validityDays" type="number" min={1} value={form.validityDays}
          onChange={(v) => setForm({ ...form, validityDays: v })} required />
        <Outcome error={create.error} notice={create.notice} />
        <button type="submit" disabled={create.busy}>Create package</button>
      </form>
    </Page>
  );
}
