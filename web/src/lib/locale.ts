// The locale a member in a country expects for dates, times and prices; English wording throughout the app.
const LOCALES: Record<string, string> = { JP: "ja-JP", TH: "th-TH-u-ca-gregory", US: "en-US", GB: "en-GB", SG: "en-SG", MY: "en-MY" };

export function localeFor(countryCode: string | undefined): string {
  if (!countryCode) return "en-GB";
  return LOCALES[countryCode] ?? `en-${countryCode}`;
}
