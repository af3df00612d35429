import { useParams } from "react-router-dom";
import { api, expectOk } from "../../api/client";
import { displayName, loadRoster, type RosterBooking } from "../../api/roster";
import type { ClassView } from "../../api/views";
import { Alert, Outcome, Page, useAction, useLoad } from "../../components/ui";
import { checkInState } from "../../lib/rules";
import { formatClassTime } from "../../lib/time";

const STATUS_WORDS: Record<string, string> = { CONFIRMED: "Booked", CHECKED_IN: "Checked in", NO_SHOW: "No-show" };

/** The roster of one class for the front desk: one-click check-in, and the waitlist in line order. */
export function RosterPage() {
  const { id = "" } = useParams();
  const data = useLoad(async () => {
    const [c, roster] = await Promise.all([expectOk(api.GET("/api/v1/classes/{id}", { params: { path: { id } } })), loadRoster(id)]);
    return { c: c as ClassView, roster };
  }, [id]);
  const action = useAction();
  const c = data.data?.c;
  const window = c ? checkInState(c.startTime, c.endTime) : "closed";

  const checkIn = (b: RosterBooking) => action.run(async () => {
    await expectOk(api.POST("/api/v1/bookings/{id}/check-in", { params: { path: { id: b.bookingId } } }));
    data.reload();
    return `${displayName(b)} is checked in.`;
  });

  const bookings = data.data?.roster.bookings ?? [];
  const checkedIn = bookings.filter((b) => b.status === "CHECKED_IN").length;

  return (
    <Page title={c ? `Roster: ${c.title}` : "Roster"}>
      {data.error && <Alert kind="error">{data.error}</Alert>}
      {c && (
        <p>
          {formatClassTime(c.startTime, c.endTime, c.timeZone, c.countryCode)} · {bookings.length} of {c.capacity} booked · {checkedIn} checked in
          {window === "not-yet" && " · check-in opens 15 minutes before the start"}
        </p>
      )}
      <Outcome error={action.error} notice={action.notice} />
      <h2>Booked</h2>
      {bookings.length === 0 && <p className="muted">Nobody has booked yet.</p>}
      <table>
        <caption className="sr-only">Booked members</caption>
        <thead><tr><th scope="col">Member</th><th scope="col">Status</th><th scope="col"><span className="sr-only">Check in</span></th></tr></thead>
        <tbody>
          {bookings.map((b) => (
            <tr key={b.bookingId} data-booking-id={b.bookingId}>
              <td>{displayName(b)}</td>
              <td>{STATUS_WORDS[b.status] ?? b.status}</td>
              <td>
                {b.status === "CONFIRMED" && window === "open" && (
                  <button type="button" disabled={action.busy} onClick={() => checkIn(b)} aria-label={`Check in ${displayName(b)}`}>Check in</button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Waitlist</h2>
      {(data.data?.roster.waitlist ?? []).length === 0 && <p className="muted">Nobody is waiting.</p>}
      <ol className="waitlist">
        {(data.data?.roster.waitlist ?? []).map((w) => <li key={w.entryId}>{displayName(w)}</li>)}
      </ol>
    </Page>
  );
}
