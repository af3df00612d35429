import { useState } from "react";
import { loadClassesBetween } from "../../api/lookups";
import { loadRoster } from "../../api/roster";
import { OccupancyChart } from "../../components/OccupancyChart";
import { Alert, Page, useLoad } from "../../components/ui";
import { CountrySelect, WeekNav } from "../../components/choosers";
import { useCountryChoice } from "../../components/useCountryChoice";
import { byDay, percent, type ClassFigures } from "../../lib/occupancy";
import { formatDay, localDayKey, weekRange } from "../../lib/time";

/** How full the week is, per class and day, with waitlists and no-shows. */
export function Occupancy() {
  const countries = useCountryChoice(true);
  const [week, setWeek] = useState(0);
  const chosen = countries.chosen;
  const figures = useLoad(async () => {
    if (!chosen) return null;
    const range = weekRange(new Date(), chosen.timeZone, week);
    const classes = (await loadClassesBetween(chosen.code, range.from, range.to, true)).filter((c) => !c.cancelled);
    const rosters = await Promise.all(classes.map((c) => loadRoster(c.id)));
    const perClass: ClassFigures[] = classes.map((c, i) => ({
      id: c.id, title: c.title, day: localDayKey(c.startTime, c.timeZone), startTime: c.startTime, capacity: c.capacity,
      booked: c.capacity - c.availableSlots, waiting: rosters[i].waitlist.length,
      noShows: rosters[i].bookings.filter((b) => b.status === "NO_SHOW").length,
    }));
    return byDay(range.days, perClass);
  }, [chosen?.code, week]);
  const label = (day: string) => formatDay(day, chosen?.code ?? "");

  return (
    <Page title="Occupancy">
      <div className="toolbar">
        <CountrySelect choice={countries} />
        <WeekNav week={week} onChange={setWeek} />
      </div>
      {figures.error && <Alert kind="error">{figures.error}</Alert>}
      {figures.data && <OccupancyChart days={figures.data} label={label} />}
      <table>
        <caption>Per day</caption>
        <thead><tr><th scope="col">Day</th><th scope="col">Classes</th><th scope="col">Fill rate</th><th scope="col">Waiting</th><th scope="col">No-shows</th></tr></thead>
        <tbody>
          {(figures.data ?? []).map((d) => (
            <tr key={d.day}><td>{label(d.day)}</td><td>{d.classes.length}</td><td>{percent(d.fillRate)}</td><td>{d.waiting}</td><td>{d.noShows}</td></tr>
          ))}
        </tbody>
      </table>
    </Page>
  );
}
