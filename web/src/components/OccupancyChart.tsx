import type { DayFigures } from "../lib/occupancy";
import { percent } from "../lib/occupancy";

const HEIGHT = 180;
const BAR = 18;
const GAP = 4;
const DAY_GAP = 24;

function colour(rate: number): string {
  if (rate >= 0.9) return "#1b5e20";
  if (rate >= 0.6) return "#2e7d32";
  if (rate >= 0.3) return "#f9a825";
  return "#c62828";
}

/** One bar per class, grouped by day: its height is the fill rate; a dot above it counts who waits. */
export function OccupancyChart({ days, label }: { days: DayFigures[]; label: (day: string) => string }) {
  let x = 40;
  const groups = days.map((day) => {
    const width = Math.max(1, day.classes.length) * (BAR + GAP);
    const group = { day, x, width };
    x += width + DAY_GAP;
    return group;
  });
  const summary = days.map((d) => `${label(d.day)}: ${percent(d.fillRate)} full, ${d.waiting} waiting, ${d.noShows} no-shows`).join("; ");
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${x} ${HEIGHT + 60}`} role="img" aria-label={`Fill rate per class and day. ${summary}`} preserveAspectRatio="xMinYMin meet">
        {[0, 0.5, 1].map((tick) => (
          <g key={tick}>
            <line x1={36} x2={x} y1={10 + HEIGHT * (1 - tick)} y2={10 + HEIGHT * (1 - tick)} stroke="#ccc" />
            <text x={0} y={14 + HEIGHT * (1 - tick)} fontSize="11" fill="#333">{percent(tick)}</text>
          </g>
        ))}
        {groups.map(({ day, x: left, width }) => (
          <g key={day.day}>
            {day.classes.map((c, i) => {
              const rate = c.capacity ? Math.min(1, c.booked / c.capacity) : 0;
              const h = HEIGHT * rate;
              const bx = left + i * (BAR + GAP);
              return (
                <g key={c.id}>
                  <rect x={bx} y={10 + HEIGHT - h} width={BAR} height={Math.max(h, 1)} fill={colour(rate)}>
                    <title>{`${c.title}: ${c.booked} of ${c.capacity} (${percent(rate)}), ${c.waiting} waiting, ${c.noShows} no-shows`}</title>
                  </rect>
                  {c.waiting > 0 && <text x={bx + BAR / 2} y={6 + HEIGHT - h} fontSize="10" textAnchor="middle" fill="#0d47a1">+{c.waiting}</text>}
                </g>
              );
            })}
            <text x={left + width / 2} y={HEIGHT + 28} fontSize="11" textAnchor="middle" fill="#222">{label(day.day)}</text>
            <text x={left + width / 2} y={HEIGHT + 44} fontSize="11" textAnchor="middle" fill="#222">{percent(day.fillRate)}</text>
          </g>
        ))}
      </svg>
      <figcaption>Bars: seats taken per class. Blue “+n”: members on the waitlist. Bottom: the day's fill rate.</figcaption>
    </figure>
  );
}
