// Occupancy figures for the staff view: per class and per local day.
export interface ClassFigures {
  id: string;
  title: string;
  day: string;
  startTime: string;
  capacity: number;
  booked: number;
  waiting: number;
  noShows: number;
}

export interface DayFigures {
  day: string;
  classes: ClassFigures[];
  capacity: number;
  booked: number;
  fillRate: number;
  waiting: number;
  noShows: number;
}

/** Fill rate is booked seats over capacity; cancelled classes are left out by the caller. */
export function fillRate(booked: number, capacity: number): number {
  return capacity > 0 ? Math.min(1, booked / capacity) : 0;
}

export function byDay(days: string[], classes: ClassFigures[]): DayFigures[] {
  return days.map((day) => {
    const ofDay = classes.filter((c) => c.day === day).sort((a, b) => a.startTime.localeCompare(b.startTime));
    const capacity = ofDay.reduce((s, c) => s + c.capacity, 0);
    const booked = ofDay.reduce((s, c) => s + c.booked, 0);
    return {
      day, classes: ofDay, capacity, booked, fillRate: fillRate(booked, capacity),
      waiting: ofDay.reduce((s, c) => s + c.waiting, 0), noShows: ofDay.reduce((s, c) => s + c.noShows, 0),
    };
  });
}

export function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}
