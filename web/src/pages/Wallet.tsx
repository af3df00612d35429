import { useState } from "react";
import { api, expectOk, newIdempotencyKey } from "../api/client";
import { loadMyPackages } from "../api/member";
import type { PackageView, UserPackageView } from "../api/views";
import { Alert, Outcome, Page, Select, useAction, useLoad } from "../components/ui";
import { CountrySelect } from "../components/choosers";
import { useCountryChoice } from "../components/useCountryChoice";
import { formatPrice } from "../lib/money";
import { formatDate } from "../lib/time";

/**
 * The payment methods of the simulated payment adapter, which runs only in local and demo setups. A production
 * frontend collects the card with the payment provider's own form and sends the token it returns.
 */
const TEST_CARDS = [
  { value: "tok_visa", label: "Test card: Visa ending 4242" },
  { value: "tok_declined", label: "Test card: declined" },
];

export function Wallet() {
  const countries = useCountryChoice();
  const chosen = countries.chosen;
  const [card, setCard] = useState(TEST_CARDS[0].value);
  const action = useAction();
  const offers = useLoad(
    async () => (chosen ? ((await expectOk(api.GET("/api/v1/packages", { params: { query: { country: chosen.code } } }))) as PackageView[]) : []),
    [chosen?.code],
  );
  const mine = useLoad(loadMyPackages, []);

  const buy = (p: PackageView) => {
    const key = newIdempotencyKey();
    action.run(async () => {
      await expectOk(api.POST("/api/v1/purchases", { headers: { "Idempotency-Key": key }, body: { packageId: p.id, paymentToken: card } }));
      mine.reload();
      return `You bought ${p.name}: ${p.credits} credits for ${p.countryCode}.`;
    });
  };

  const packages = [...(mine.data ?? [])].sort((a, b) => Number(a.expired) - Number(b.expired) || a.expiresAt.localeCompare(b.expiresAt));
  const usable = packages.filter((p) => !p.expired && new Date(p.expiresAt).getTime() > Date.now());
  const credits = usable.reduce((sum, p) => sum + p.remainingCredits, 0);

  return (
    <Page title="Wallet">
      <section aria-labelledby="my-packages">
        <h2 id="my-packages">My credits</h2>
        <p className="big-number" aria-live="polite"><strong>{credits}</strong> credit{credits === 1 ? "" : "s"} left</p>
        {mine.error && <Alert kind="error">{mine.error}</Alert>}
        {packages.length === 0 && <p className="muted">No packages yet. Buy one below to start booking.</p>}
        <ul className="package-list">
          {packages.map((p) => <MyPackage key={p.id} p={p} />)}
        </ul>
      </section>
      <section aria-labelledby="buy">
        <h2 id="buy">Buy a package</h2>
        <div className="toolbar">
          <CountrySelect choice={countries} name="packageCountry" />
          <Select label="Pay with" name="card" value={card} onChange={setCard} options={TEST_CARDS} />
        </div>
        <p className="muted">Credits book classes in the package's country only.</p>
        <Outcome error={action.error} notice={action.notice} />
        {offers.error && <Alert kind="error">{offers.error}</Alert>}
        <ul className="offer-list">
          {(offers.data ?? []).map((p) => (
            <li key={p.id} className="card offer">
              <h3>{p.name}</h3>
              <p><strong>{p.credits}</strong> credits, valid {p.validityDays} days</p>
              <p className="price">{formatPrice(p.price, p.currency, p.countryCode)}</p>
              <button type="button" disabled={action.busy} onClick={() => buy(p)} aria-label={`Buy ${p.name}`}>Buy</button>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}

function MyPackage({ p }: { p: UserPackageView }) {
  const expired = p.expired || new Date(p.expiresAt).getTime() <= Date.now();
  return (
    <li className={`card package ${expired ? "expired" : ""}`}>
      <h3>{p.name} <span className="muted">({p.countryCode})</span></h3>
      <p><strong>{p.remainingCredits}</strong> of {p.credits} credits left</p>
      <p>{expired ? <span className="badge warn">Expired {formatDate(p.expiresAt, p.countryCode)}</span> : `Valid until ${formatDate(p.expiresAt, p.countryCode)}`}</p>
    </li>
  );
}
