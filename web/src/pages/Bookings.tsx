import { useState } from "react";
import { api, expectOk } from "../api/client";
import { loadClassesById } from "../api/lookups";
import { loadMyBookings } from "../api/member";
import type { BookingView, ClassView } from "../api/views";
import { Alert, ConfirmDialog, Outcome, Page, useAction, useLoad } from "../components/ui";
import { cancellationTerms, checkInState } from "../lib/rules";
import { formatClassTime } from "../lib/time";

const STATUS_WORDS: Record<string, string> = {
  CONFIRMED: "Booked", WAITLISTED: "On the waitlist", CANCELLED: "Cancelled", CHECKED_IN: "Checked in", NO_SHOW: "Missed",
};

/** Upcoming and past bookings; cancel with the refund rule stated first; check in when the window is open. */
export function Bookings() {
  const data = useLoad(async () => {
    const bookings = await loadMyBookings();
    return { bookings, classes: await loadClassesById(bookings.map((b) => b.classId)) };
  }, []);
  const [cancelling, setCancelling] = useState<{ booking: BookingView; c: ClassView } | null>(null);
  const action = useAction();
  const now = Date.now();
  const rows = (data.data?.bookings ?? [])
    .filter((b) => b.status !== "WAITLISTED")
    .map((b) => ({ booking: b, c: data.data?.classes.get(b.classId) }))
    .filter((r): r is { booking: BookingView; c: ClassView } => r.c !== undefined);
  const upcoming = rows.filter((r) => new Date(r.c.endTime).getTime() >= now).sort((a, b) => a.c.startTime.localeCompare(b.c.startTime));
  const past = rows.filter((r) => new Date(r.c.endTime).getTime() < now).sort((a, b) => b.c.startTime.localeCompare(a.c.startTime));

  const cancel = async () => {
    if (!cancelling) return;
    const { booking, c } = cancelling;
    await action.run(async () => {
      const done = await expectOk(api.POST("/api/v1/bookings/{id}/cancel", { params: { path: { id: booking.id } } }));
      data.reload();
      return done.refunded ? `Cancelled ${c.title}. Your ${booking.creditsUsed} credit(s) are back in your wallet.` : `Cancelled ${c.title}. No refund.`;
    });
    setCancelling(null);
  };

  const checkIn = (booking: BookingView, c: ClassView) => action.run(async () => {
    await expectOk(api.POST("/api/v1/bookings/{id}/check-in", { params: { path: { id: booking.id } } }));
    data.reload();
    return `You're checked in for ${c.title}. Enjoy the class!`;
  });

  return (
    <Page title="My bookings">
      {data.error && <Alert kind="error">{data.error}</Alert>}
      <Outcome error={action.error} notice={action.notice} />
      <h2>Upcoming</h2>
      {upcoming.length === 0 && <p className="muted">Nothing booked yet.</p>}
      <ul className="booking-list">
        {upcoming.map(({ booking, c }) => {
          const active = booking.status === "CONFIRMED";
          const window = checkInState(c.startTime, c.endTime);
          return (
            <li key={booking.id} className="card booking" data-booking-id={booking.id}>
              <div>
                <h3>{c.title}</h3>
                <p>{formatClassTime(c.startTime, c.endTime, c.timeZone, c.countryCode)}</p>
                <p className="badge">{STATUS_WORDS[booking.status] ?? booking.status}{booking.refunded ? ", refunded" : ""}</p>
              </div>
              <div className="actions">
                {active && window === "open" && (
                  <button type="button" disabled={action.busy} onClick={() => checkIn(booking, c)}>Check in</button>
                )}
                {active && window === "not-yet" && <small className="muted">Check-in opens 15 minutes before the start.</small>}
                {active && new Date(c.startTime).getTime() > now && (
                  <button type="button" className="secondary" onClick={() => setCancelling({ booking, c })}>Cancel</button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <h2>Past</h2>
      {past.length === 0 && <p className="muted">No past classes.</p>}
      <ul className="booking-list">
        {past.map(({ booking, c }) => (
          <li key={booking.id} className="card booking past">
            <h3>{c.title}</h3>
            <p>{formatClassTime(c.startTime, c.endTime, c.timeZone, c.countryCode)}</p>
            <p className="badge">{STATUS_WORDS[booking.status] ?? booking.status}{booking.refunded ? ", refunded" : ""}</p>
          </li>
        ))}
      </ul>
      {cancelling && (
        <ConfirmDialog title={`Cancel ${cancelling.c.title}?`} confirmLabel="Cancel booking" busy={action.busy}
          onConfirm={cancel} onClose={() => setCancelling(null)}>
          <p>{formatClassTime(cancelling.c.startTime, cancelling.c.endTime, cancelling.c.timeZone, cancelling.c.countryCode)}</p>
          <p className="terms">{cancellationTerms(cancelling.c.startTime, cancelling.booking.creditsUsed).text}</p>
        </ConfirmDialog>
      )}
    </Page>
  );
}
