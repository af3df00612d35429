import { useEffect, useState } from "react";
import { Link } from "react-router-dom";
import { api, expectOk } from "../api/client";
import { loadClassesById } from "../api/lookups";
import { loadMyWaitlist } from "../api/member";
import type { ClassView, WaitlistEntryView } from "../api/views";
import { Alert, ConfirmDialog, Outcome, Page, useAction, useLoad } from "../components/ui";
import { formatClassTime } from "../lib/time";

const POLL_MS = 5000;

/** The member's places in line, refreshed every few seconds so a move up or a promotion shows without a reload. */
export function Waitlist() {
  const data = useLoad(async () => {
    const entries = await loadMyWaitlist();
    return { entries, classes: await loadClassesById(entries.map((e) => e.classId)) };
  }, []);
  const [leaving, setLeaving] = useState<{ entry: WaitlistEntryView; c: ClassView } | null>(null);
  const action = useAction();

  useEffect(() => {
    const timer = window.setInterval(() => data.reload(), POLL_MS);
    return () => window.clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const rows = (data.data?.entries ?? [])
    .map((entry) => ({ entry, c: data.data?.classes.get(entry.classId) }))
    .filter((r): r is { entry: WaitlistEntryView; c: ClassView } => r.c !== undefined);
  const waiting = rows.filter((r) => r.entry.status === "WAITING").sort((a, b) => a.c.startTime.localeCompare(b.c.startTime));
  const promoted = rows.filter((r) => r.entry.status === "PROMOTED" && new Date(r.c.endTime).getTime() > Date.now());
  const closed = rows.filter((r) => r.entry.status === "LEFT" || r.entry.status === "REFUNDED");

  const leave = async () => {
    if (!leaving) return;
    await action.run(async () => {
      await expectOk(api.DELETE("/api/v1/waitlist/{id}", { params: { path: { id: leaving.entry.id } } }));
      data.reload();
      return `You left the waitlist for ${leaving.c.title}. Your credits are back in your wallet.`;
    });
    setLeaving(null);
  };

  return (
    <Page title="My waitlist">
      {data.error && <Alert kind="error">{data.error}</Alert>}
      <Outcome error={action.error} notice={action.notice} />
      <div aria-live="polite">
        {promoted.map(({ entry, c }) => (
          <Alert key={entry.id} kind="success">
            A seat freed up: you're booked for {c.title}, {formatClassTime(c.startTime, c.endTime, c.timeZone, c.countryCode)}.{" "}
            <Link to="/bookings">See my bookings</Link>
          </Alert>
        ))}
      </div>
      <h2>Waiting</h2>
      {waiting.length === 0 && <p className="muted">You're not waiting for any class.</p>}
      <ul className="booking-list">
        {waiting.map(({ entry, c }) => (
          <li key={entry.id} className="card" data-entry-id={entry.id}>
            <div>
              <h3>{c.title}</h3>
              <p>{formatClassTime(c.startTime, c.endTime, c.timeZone, c.countryCode)}</p>
              <p className="badge" aria-live="polite">Number {entry.position} in line</p>
            </div>
            <button type="button" className="secondary" onClick={() => setLeaving({ entry, c })}>Leave the waitlist</button>
          </li>
        ))}
      </ul>
      {closed.length > 0 && (
        <>
          <h2>Earlier</h2>
          <ul className="booking-list">
            {closed.map(({ entry, c }) => (
              <li key={entry.id} className="card past">
                <h3>{c.title}</h3>
                <p className="muted">{entry.status === "LEFT" ? "You left; credits refunded." : "No seat freed up; credits refunded."}</p>
              </li>
            ))}
          </ul>
        </>
      )}
      {leaving && (
        <ConfirmDialog title={`Leave the waitlist for ${leaving.c.title}?`} confirmLabel="Leave" busy={action.busy}
          onConfirm={leave} onClose={() => setLeaving(null)}>
          <p>You are number {leaving.entry.position} in line. Leaving gives your held credits back in full.</p>
        </ConfirmDialog>
      )}
    </Page>
  );
}
