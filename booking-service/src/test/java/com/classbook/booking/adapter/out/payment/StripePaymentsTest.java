package com.classbook.booking.adapter.out.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.booking.support.Catalog;
import com.classbook.booking.support.Db;
import com.classbook.booking.support.StripeStub;
import com.classbook.kernel.event.catalog.PackageState;
import com.classbook.platform.testing.TestTokens;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Purchases through the Stripe adapter against a local stub of the Stripe API: the charge is a
 * confirmed PaymentIntent whose Stripe idempotency key derives from the purchase's Idempotency-Key.
 */
@QuarkusTest
@TestProfile(StripePaymentsTest.WithStripe.class)
class StripePaymentsTest {

  /** The production adapter, pointed at the stub; no client-side retries to count requests. */
  public static class WithStripe implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "classbook.payment.provider", "stripe",
          "classbook.payment.simulator-allowed", "false",
          "classbook.payment.stripe.secret-key", "sk_test_stub",
          "classbook.payment.stripe.max-network-retries", "0");
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(StripeStub.class));
    }
  }

  private static final String INTENTS = "/v1/payment_intents";

  @Test
  void aSucceededPaymentIntentCreditsThePackageWithTheIntentAsTransaction() {
    String user = UUID.randomUUID().toString();
    PackageState offer = Catalog.offer("SG", 10, 30, true);
    String card = "pm_" + unique();
    intentFor(card, okJson(intent("pi_" + unique(), "succeeded")));
    String key = UUID.randomUUID().toString();

    String transactionId =
        purchase(user, offer, card, key).statusCode(201).extract().path("transactionId");

    List<LoggedRequest> sent = chargesOf(card);
    assertEquals(1, sent.size());
    LoggedRequest charge = sent.get(0);
    assertEquals("Bearer sk_test_stub", charge.getHeader("Authorization"));
    assertEquals(
        StripePaymentGateway.idempotencyKey("purchase:" + user + ":" + key),
        charge.getHeader("Idempotency-Key"));
    String form = charge.getBodyAsString();
    assertTrue(form.contains("amount=" + minorUnits(offer)), form);
    assertTrue(form.contains("currency=" + offer.currency().toLowerCase()), form);
    assertTrue(form.contains("confirm=true"), form);
    assertEquals(
        transactionId,
        Db.one("SELECT transaction_id FROM user_packages WHERE user_id = ?", user)
            .get("transaction_id"));
  }

  @Test
  void aCardTokenBecomesAPaymentMethodFirst() {
    String user = UUID.randomUUID().toString();
    PackageState offer = Catalog.offer("SG", 10, 30, true);
    String token = "tok_" + unique();
    String card = "pm_" + unique();
    StripeStub.server()
        .stubFor(
            post(urlEqualTo("/v1/payment_methods"))
                .withRequestBody(containing("card[token]=" + token))
                .willReturn(okJson("{\"id\":\"" + card + "\",\"object\":\"payment_method\"}")));
    intentFor(card, okJson(intent("pi_" + unique(), "succeeded")));

    purchase(user, offer, token, UUID.randomUUID().toString()).statusCode(201);

    assertEquals(1, chargesOf(card).size());
  }

  @Test
  void aDeclinedCardIs402AndCreditsNothing() {
    String user = UUID.randomUUID().toString();
    PackageState offer = Catalog.offer("SG", 10, 30, true);
    String card = "pm_" + unique();
    intentFor(
        card,
        aResponse()
            .withStatus(402)
            .withHeader("Content-Type", "application/json")
            .withBody(
                "{\"error\":{\"type\":\"card_error\",\"code\":\"card_declined\","
                    + "\"decline_code\":\"insufficient_funds\",\"message\":\"Your card was declined.\"}}"));

    purchase(user, offer, card, UUID.randomUUID().toString())
        .statusCode(402)
        .contentType("application/problem+json")
        .body("code", is("PAYMENT_FAILED"));

    assertEquals(0, packagesOf(user));
  }

  @Test
  void anUnreachableProviderIs503AndCreditsNothing() {
    String user = UUID.randomUUID().toString();
    PackageState offer = Catalog.offer("SG", 10, 30, true);
    String card = "pm_" + unique();
    intentFor(card, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    purchase(user, offer, card, UUID.randomUUID().toString())
        .statusCode(503)
        .contentType("application/problem+json")
        .body("code", is("PAYMENT_PROVIDER_UNAVAILABLE"));

    assertEquals(0, packagesOf(user));
  }

  @Test
  void aRetriedPurchaseSendsTheSameStripeIdempotencyKeyAndCreditsOnce() {
    String user = UUID.randomUUID().toString();
    PackageState offer = Catalog.offer("SG", 10, 30, true);
    String card = "pm_" + unique();
    String scenario = "retry-" + card;
    StripeStub.server()
        .stubFor(
            post(urlEqualTo(INTENTS))
                .inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED)
                .withRequestBody(containing("payment_method=" + card))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    StripeStub.server()
        .stubFor(
            post(urlEqualTo(INTENTS))
                .inScenario(scenario)
                .whenScenarioStateIs("reachable")
                .withRequestBody(containing("payment_method=" + card))
                .willReturn(okJson(intent("pi_" + unique(), "succeeded"))));
    String key = UUID.randomUUID().toString();

    purchase(user, offer, card, key).statusCode(503);
    assertEquals(0, packagesOf(user));
    StripeStub.server().setScenarioState(scenario, "reachable");
    purchase(user, offer, card, key).statusCode(201);
    int charges = chargesOf(card).size();
    purchase(user, offer, card, key).statusCode(201).header("Idempotent-Replayed", "true");

    assertEquals(charges, chargesOf(card).size(), "the replay is answered without Stripe");
    assertTrue(charges >= 2, "the failed attempt and the retry reached the stub: " + charges);
    // Every attempt, the HTTP client's own resends included, carries the same Stripe key.
    StripeStub.server()
        .verify(
            charges,
            postRequestedFor(urlEqualTo(INTENTS))
                .withHeader(
                    "Idempotency-Key",
                    equalTo(StripePaymentGateway.idempotencyKey("purchase:" + user + ":" + key))));
    assertEquals(1, packagesOf(user));
  }

  private static ValidatableResponse purchase(
      String user, PackageState offer, String paymentToken, String idempotencyKey) {
    return given()
        .auth()
        .oauth2(TestTokens.member(user, "SG"))
        .header("Idempotency-Key", idempotencyKey)
        .contentType(ContentType.JSON)
        .body(Map.of("packageId", offer.id(), "paymentToken", paymentToken))
        .post("/api/v1/purchases")
        .then();
  }

  private static void intentFor(
      String card, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
    StripeStub.server()
        .stubFor(
            post(urlEqualTo(INTENTS))
                .withRequestBody(containing("payment_method=" + card))
                .willReturn(answer));
  }

  private static List<LoggedRequest> chargesOf(String card) {
    return StripeStub.server()
        .findAll(
            postRequestedFor(urlEqualTo(INTENTS))
                .withRequestBody(containing("payment_method=" + card)));
  }

  private static long packagesOf(String user) {
    return Db.count("SELECT COUNT(*) FROM user_packages WHERE user_id = ?", user);
  }

  private static String intent(String id, String status) {
    return "{\"id\":\"" + id + "\",\"object\":\"payment_intent\",\"status\":\"" + status + "\"}";
  }

  private static long minorUnits(PackageState offer) {
    return offer
        .price()
        .movePointRight(java.util.Currency.getInstance(offer.currency()).getDefaultFractionDigits())
        .longValueExact();
  }

  private static String unique() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }
}
