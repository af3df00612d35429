import { useState, type FormEvent } from "react";
import { Link } from "react-router-dom";
import { api, expectOk } from "../../api/client";
import { loadClassesBetween } from "../../api/lookups";
import { etagOf, FRESH } from "../../api/versioned";
import type { ClassView } from "../../api/views";
import { useSession } from "../../auth/session";
import { Alert, ConfirmDialog, Field, Outcome, Page, useAction, useLoad } from "../../components/ui";
import { CountrySelect, WeekNav } from "../../components/choosers";
import { EditCard, useVersionedEdit } from "../../components/versionedEdit";
import { useCountryChoice } from "../../components/useCountryChoice";
import { formatClassTime, localDayKey, localToInstant, weekRange } from "../../lib/time";

/** Class schedules of one country and week: schedule, edit, deactivate, cancel (with refunds), and the roster. */
export function Schedule() {
  const { user } = useSession();
  const isAdmin = user?.role === "ADMIN";
  const countries = useCountryChoice(true);
  const [week, setWeek] = useState(0);
  const chosen = countries.chosen;
  const range = chosen ? weekRange(new Date(), chosen.timeZone, week) : null;
  const classes = useLoad(
    () => (chosen && range ? loadClassesBetween(chosen.code, range.from, range.to, true) : Promise.resolve([] as ClassView[])),
    [chosen?.code, week],
  );
  const [form, setForm] = useState({ title: "", description: "", date: "", time: "07:00", minutes: "60", capacity: "10", requiredCredits: "1" });
  const edit = useVersionedEdit<ClassView>();
  const [cancelling, setCancelling] = useState<ClassView | null>(null);
  const create = useAction();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!chosen) return;
    create.run(async () => {
      const start = localToInstant(form.date || (range?.days[1] ?? ""), form.time, chosen.timeZone);
      const end = new Date(start.getTime() + Number(form.minutes) * 60_000);
      await expectOk(api.POST("/api/v1/classes", {
        body: { title: form.title, description: form.description, countryCode: chosen.code, startTime: start.toISOString(),
          endTime: end.toISOString(), capacity: Number(form.capacity), requiredCredits: Number(form.requiredCredits) },
      }));
      classes.reload();
      return `${form.title} is scheduled for ${formatClassTime(start.toISOString(), end.toISOString(), chosen.timeZone, chosen.code)}.`;
    });
  };

  const startEdit = (c: ClassView) =>
    edit.start(c, () => etagOf(api.GET("/api/v1/classes/{id}", { params: { path: { id: c.id } }, headers: FRESH })));

  const saveEdit = (e: FormEvent) => edit.save(e, async (c, ifMatch) => {
    await expectOk(api.PATCH("/api/v1/classes/{id}", {
      params: { path: { id: c.id }, header: ifMatch },
      body: { title: c.title, description: c.description, capacity: c.capacity, active: c.active },
    }));
    classes.reload();
    return `${c.title} is saved.`;
  });

  const cancelClass = async () => {
    if (!cancelling) return;
    await edit.action.run(async () => {
      await expectOk(api.POST("/api/v1/classes/{id}/cancel", { params: { path: { id: cancelling.id } } }));
      classes.reload();
      return `${cancelling.title} is cancelled. Every booking and waitlist hold is refunded, and members are told.`;
    });
    setCancelling(null);
  };


  return (
    <Page title="Schedule">
      <div className="toolbar">
        <CountrySelect choice={countries} />
        <WeekNav week={week} onChange={setWeek} />
      </div>
      {classes.error && <Alert kind="error">{classes.error}</Alert>}
      <Outcome error={edit.action.error} notice={edit.action.notice} />
      <table>
        <caption className="sr-only">Classes this week</caption>
        <thead><tr><th scope="col">Class</th><th scope="col">When ({chosen?.timeZone})</th><th scope="col">Seats</th><th scope="col">Status</th><th scope="col"><span className="sr-only">Actions</span></th></tr></thead>
        <tbody>
          {(classes.data ?? []).map((c) => (
            <tr key={c.id} data-class-id={c.id}>
              <td>{c.title}</td>
              <td>{formatClassTime(c.startTime, c.endTime, c.timeZone, c.countryCode)}</td>
              <td>{c.capacity - c.availableSlots} / {c.capacity}</td>
              <td>{c.cancelled ? "Cancelled" : c.active ? "Active" : "Inactive"}</td>
              <td className="row-actions">
                <Link to={`/staff/roster/${c.id}`} aria-label={`Roster of ${c.title} on ${localDayKey(c.startTime, c.timeZone)}`}>Roster</Link>
                {isAdmin && !c.cancelled && <button type="button" className="secondary" onClick={() => startEdit(c)} aria-label={`Edit ${c.title}`}>Edit</button>}
                {isAdmin && !c.cancelled && <button type="button" className="danger" onClick={() => setCancelling(c)} aria-label={`Cancel ${c.title}`}>Cancel</button>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {edit.item && (
        <EditCard name={edit.item.title} onSubmit={saveEdit} onClose={edit.close} busy={edit.action.busy}
          activeLabel="Bookable (untick to deactivate)" active={edit.item.active} onActive={(active) => edit.change({ active })}>
          <Field label="Title" name="editTitle" value={edit.item.title} onChange={(title) => edit.change({ title })} required />
          <Field label="Description" name="editDescription" value={edit.item.description} onChange={(description) => edit.change({ description })} />
          <Field label="Capacity" name="editCapacity" type="number" min={1} value={String(edit.item.capacity)}
            onChange={(v) => edit.change({ capacity: Number(v) })} required />
        </EditCard>
      )}
      {isAdmin && <form onSubmit={submit} className="card narrow" aria-labelledby="new-class">
        <h2 id="new-class">Schedule a class{chosen ? ` in ${chosen.name}` : ""}</h2>
        <Field label="Title" name="title" value={form.title} onChange={(v) => setForm({ ...form, title: v })} required />
        <Field label="Description" name="description" value={form.description} onChange={(v) => setForm({ ...form, description: v })} />
        <Field label={`Date (${chosen?.timeZone ?? "local"})`} name="date" type="date" value={form.date || (range?.days[1] ?? "")}
          onChange={(v) => setForm({ ...form, date: v })} required />
        <Field label="Start time (local)" name="time" type="time" value={form.time} onChange={(v) => setForm({ ...form, time: v })} required />
        <Field label="Length (minutes)" name="minutes" type="number" min={5} value={form.minutes} onChange={(v) => setForm({ ...form, minutes: v })} required />
        <Field label="Capacity" name="capacity" type="number" min={1} value={form.capacity} onChange={(v) => setForm({ ...form, capacity: v })} required />
        <Field label="Credits to book" name="requiredCredits" type="number" min={1} value={form.requiredCredits}
          onChange={(v) => setForm({ ...form, requiredCredits: v })} required />
        <Outcome error={create.error} notice={create.notice} />
        <button type="submit" disabled={create.busy}>Schedule class</button>
      </form>}
      {cancelling && (
        <ConfirmDialog title={`Cancel ${cancelling.title}?`} confirmLabel="Cancel class" busy={edit.action.busy}
          onConfirm={cancelClass} onClose={() => setCancelling(null)}>
          <p>{formatClassTime(cancelling.startTime, cancelling.endTime, cancelling.timeZone, cancelling.countryCode)}</p>
          <p className="terms">Every booked member and everyone on the waitlist gets their credits back in full, and is told by the app. This cannot be undone.</p>
        </ConfirmDialog>
      )}
    </Page>
  );
}
