import { useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { api, expectOk, newIdempotencyKey } from "../api/client";
import { loadClassesBetween } from "../api/lookups";
import { isActiveBooking, loadMyBookings, loadMyWaitlist } from "../api/member";
import type { ClassView } from "../api/views";
import { useSession } from "../auth/session";
import { Alert, Outcome, Page, useAction, useLoad } from "../components/ui";
import { CountrySelect, WeekNav } from "../components/choosers";
import { useCountryChoice } from "../components/useCountryChoice";
import { formatDay, formatTimeRange, localDayKey, weekRange } from "../lib/time";

interface MemberState {
  booked: Set<string>;
  waiting: Map<string, number | null>;
}

/** Browse a week of classes in one country, in that country's time; book, or join the waitlist of a full class. */
export function Classes() {
  const { user } = useSession();
  const navigate = useNavigate();
  const countries = useCountryChoice();
  const chosen = countries.chosen;
  const [week, setWeek] = useState(0);
  const action = useAction();

  const range = chosen ? weekRange(new Date(), chosen.timeZone, week) : null;
  const classes = useLoad(
    () => (chosen && range ? loadClassesBetween(chosen.code, range.from, range.to) : Promise.resolve([] as ClassView[])),
    [chosen?.code, week],
  );
  const mine = useLoad<MemberState>(async () => {
    if (!user) return { booked: new Set(), waiting: new Map() };
    const [bookings, entries] = await Promise.all([loadMyBookings(), loadMyWaitlist()]);
    return {
      booked: new Set(bookings.filter((b) => isActiveBooking(b) && b.status !== "WAITLISTED").map((b) => b.classId)),
      waiting: new Map(entries.filter((e) => e.status === "WAITING").map((e) => [e.classId, e.position])),
    };
  }, [user?.id]);

  const refresh = () => {
    classes.reload();
    mine.reload();
  };

  const book = (c: ClassView) => {
    if (!user) return navigate("/signin", { state: { next: "/" } });
    const key = newIdempotencyKey();
    action.run(async () => {
      try {
        await expectOk(api.POST("/api/v1/bookings", { headers: { "Idempotency-Key": key }, body: { classId: c.id } }));
        return `You're booked for ${c.title}. See it under My bookings.`;
      } finally {
        refresh();
      }
    });
  };

  const joinWaitlist = (c: ClassView) => {
    if (!user) return navigate("/signin", { state: { next: "/" } });
    const key = newIdempotencyKey();
    action.run(async () => {
      try {
        const entry = await expectOk(api.POST("/api/v1/waitlist", { headers: { "Idempotency-Key": key }, body: { classId: c.id } }));
        return `You're number ${entry.position ?? "?"} on the waitlist for ${c.title}. Your ${c.requiredCredits} credit(s) are held and come back if no seat frees up.`;
      } finally {
        refresh();
      }
    });
  };

  const byDay = new Map<string, ClassView[]>();
  for (const c of classes.data ?? []) {
    const key = localDayKey(c.startTime, c.timeZone);
    byDay.set(key, [...(byDay.get(key) ?? []), c]);
  }

  return (
    <Page title="Classes">
      <div className="toolbar">
        <CountrySelect choice={countries} />
        <WeekNav week={week} onChange={setWeek} earliest={0} />
      </div>
      {chosen && <p className="muted">Times are local to {chosen.name} ({chosen.timeZone}).</p>}
      {countries.error && <Alert kind="error">{countries.error}</Alert>}
      {classes.error && <Alert kind="error">{classes.error}</Alert>}
      <Outcome error={action.error} notice={action.notice} />
      {range?.days.map((day) => (
        <section key={day} className="day" aria-labelledby={`day-${day}`}>
          <h2 id={`day-${day}`}>{formatDay(day, chosen?.code ?? "")}</h2>
          {(byDay.get(day) ?? []).length === 0 && <p className="muted">No classes.</p>}
          <ul className="class-list">
            {(byDay.get(day) ?? []).map((c) => (
              <ClassCard key={c.id} c={c} booked={mine.data?.booked.has(c.id) ?? false} waiting={mine.data?.waiting.get(c.id)}
                busy={action.busy} onBook={() => book(c)} onJoin={() => joinWaitlist(c)} />
            ))}
          </ul>
        </section>
      ))}
    </Page>
  );
}

function ClassCard(props: { c: ClassView; booked: boolean; waiting: number | null | undefined; busy: boolean; onBook: () => void; onJoin: () => void }) {
  const { c } = props;
  const full = c.availableSlots <= 0;
  const started = new Date(c.startTime).getTime() <= Date.now();
  return (
    <li className="class-card" data-class-id={c.id}>
      <div>
        <h3>{c.title}</h3>
        <p className="time">{formatTimeRange(c.startTime, c.endTime, c.timeZone, c.countryCode)}</p>
        <p className="muted">{c.description}</p>
      </div>
      <div className="class-side">
        <p><strong>{c.requiredCredits}</strong> credit{c.requiredCredits === 1 ? "" : "s"}</p>
        <p className={full ? "full" : "free"}>{full ? "Full" : `${c.availableSlots} of ${c.capacity} seats free`}</p>
        {props.booked ? (
          <p className="badge"><Link to="/bookings">Booked</Link></p>
        ) : props.waiting !== undefined ? (
          <p className="badge"><Link to="/waitlist">On the waitlist{props.waiting ? `: number ${props.waiting}` : ""}</Link></p>
        ) : started || c.cancelled ? (
          <p className="muted">{c.cancelled ? "Cancelled" : "Started"}</p>
        ) : full ? (
          <button type="button" disabled={props.busy} onClick={props.onJoin} aria-label={`Class full: join the waitlist for ${c.title}`}>
            Full, join the waitlist
          </button>
        ) : (
          <button type="button" disabled={props.busy} onClick={props.onBook} aria-label={`Book ${c.title}`}>Book</button>
        )}
      </div>
    </li>
  );
}
