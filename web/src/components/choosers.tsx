import type { useCountryChoice } from "./useCountryChoice";
import { Select } from "./ui";

type CountryChoice = ReturnType<typeof useCountryChoice>;

/** The country picker of a page that shows one country at a time. */
export function CountrySelect({ choice, name = "country" }: { choice: CountryChoice; name?: string }) {
  return (
    <Select label="Country" name={name} value={choice.chosen?.code ?? ""} onChange={choice.choose}
      options={choice.options.map((c) => ({ value: c.code, label: c.name }))} />
  );
}

/** Steps a page a week back or forward; the page shows no week before {@code earliest}, if given. */
export function WeekNav({ week, onChange, earliest }: { week: number; onChange: (week: number) => void; earliest?: number }) {
  return (
    <div className="week-nav" role="group" aria-label="Week">
      <button type="button" className="secondary" disabled={earliest !== undefined && week <= earliest} onClick={() => onChange(week - 1)}>
        Previous week
      </button>
      <button type="button" className="secondary" onClick={() => onChange(week + 1)}>Next week</button>
    </div>
  );
}
