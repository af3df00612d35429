import { localeFor } from "./locale";

/** A package price as a member in its country reads it: "S$49.00", "￥4,900", "£89.00". */
export function formatPrice(price: string | number | undefined, currency: string | undefined, countryCode: string | undefined): string {
  const amount = typeof price === "string" ? Number(price) : price ?? 0;
  if (!currency) return String(amount);
  return new Intl.NumberFormat(localeFor(countryCode), { style: "currency", currency }).format(amount);
}
