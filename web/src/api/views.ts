// The answers as the contract (docs/api.md) guarantees them: every listed field is present.
import type { Schemas } from "./client";

export type ClassView = Required<Schemas["ClassResponse"]>;
export type CountryView = Required<Schemas["CountryResponse"]>;
export type PackageView = Required<Schemas["PackageResponse"]>;
export type UserPackageView = Required<Schemas["UserPackageResponse"]>;
export type BookingView = Required<Schemas["BookingResponse"]>;
export type WaitlistEntryView = Required<Schemas["WaitlistEntryResponse"]>;
export type UserView = Required<Schemas["UserResponse"]>;
export type Role = "MEMBER" | "STAFF" | "ADMIN";

export function isStaff(user: UserView | null): boolean {
  return user?.role === "STAFF" || user?.role === "ADMIN";
}
