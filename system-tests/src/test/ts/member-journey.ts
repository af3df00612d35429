// A frontend's member journey written against the client generated from docs/openapi.json: it only has to
// type-check, so a schema that loses a field, a body or an operation breaks the build.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/api";

type Tokens = components["schemas"]["TokensResponse"];
type Problem = components["schemas"]["Problem"];

const api = createClient<paths>({ baseUrl: "http://localhost:8080" });

function explain(problem: Problem | undefined): never {
  throw new Error(`${problem?.status} ${problem?.code}: ${problem?.detail ?? problem?.title}`);
}

export async function memberJourney(): Promise<string> {
  const login = await api.POST("/api/v1/auth/login", {
    body: { email: "demo@example.com", password: "Demo123456!" },
  });
  if (!login.data) explain(login.error);
  const tokens: Tokens = login.data;
  const accessToken: string = tokens.accessToken ?? "";
  const headers = { Authorization: `Bearer ${accessToken}` };

  const packages = await api.GET("/api/v1/packages", { params: { query: { country: "SG" } } });
  if (!packages.data) explain(packages.error);
  const packageId: string = packages.data[0]?.id ?? "";

  const purchase = await api.POST("/api/v1/purchases", {
    headers: { ...headers, "Idempotency-Key": crypto.randomUUID() },
    body: { packageId, paymentToken: "tok_visa" },
  });
  if (!purchase.data) explain(purchase.error);
  const remainingCredits: number | undefined = purchase.data.remainingCredits;

  const classes = await api.GET("/api/v1/classes", {
    params: { query: { country: "SG", size: "10" } },
  });
  if (!classes.data) explain(classes.error);
  const open = (classes.data.items ?? []).find((c) => (c.availableSlots ?? 0) > 0);
  if (!open?.id) throw new Error("no class with a free slot");

  const booking = await api.POST("/api/v1/bookings", {
    headers: { ...headers, "Idempotency-Key": crypto.randomUUID() },
    body: { classId: open.id, userPackageId: purchase.data.id },
  });
  if (!booking.data) explain(booking.error);
  const status: string | undefined = booking.data.status;

  return `${status} in ${open.title} with ${remainingCredits} credits left before booking`;
}
