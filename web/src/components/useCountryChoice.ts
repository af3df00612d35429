import { useEffect, useState } from "react";
import { loadCountries } from "../api/lookups";
import type { CountryView } from "../api/views";
import { useSession } from "../auth/session";
import { useLoad } from "./ui";

const COUNTRY_KEY = "classbook.country";

/**
 * The country a page shows: the one picked last (remembered across pages and visits), else the
 * signed-in member's own, else the first. Inactive countries are offered only where {@code includeInactive}.
 */
export function useCountryChoice(includeInactive = false): {
  options: CountryView[];
  chosen: CountryView | undefined;
  choose: (code: string) => void;
  error: string | null;
} {
  const { user } = useSession();
  const countries = useLoad(loadCountries, []);
  const [picked, setPicked] = useState(() => localStorage.getItem(COUNTRY_KEY) ?? "");
  const options = (countries.data ?? []).filter((c) => includeInactive || c.active);
  const chosen = options.find((c) => c.code === picked) ?? options.find((c) => c.code === user?.countryCode) ?? options[0];

  useEffect(() => {
    if (chosen) localStorage.setItem(COUNTRY_KEY, chosen.code);
  }, [chosen]);

  return { options, chosen, choose: setPicked, error: countries.error };
}
