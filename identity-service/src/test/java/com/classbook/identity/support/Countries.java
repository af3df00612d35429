package com.classbook.identity.support;

import static org.awaitility.Awaitility.await;

import com.classbook.identity.application.port.out.CountryReplica;
import com.classbook.identity.domain.Country;
import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.EventJson;
import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.catalog.CountryState;
import com.classbook.platform.testing.KafkaProbe;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Publishes catalog country states as the catalog would and waits for the local replica. */
public final class Countries {
  /** Codes the identity tests own on the shared topic. */
  public static final String ACTIVE = "TV";

  public static final String INACTIVE = "NR";

  private Countries() {}

  public static void publish(String code, boolean active) {
    CountryState state = new CountryState(code, "Country " + code, "Pacific/Funafuti", active);
    EventEnvelope envelope =
        EventEnvelope.of("/catalog-service", CountryState.TYPE, code, Instant.now(), state);
    KafkaProbe.send(Topics.CATALOG_COUNTRIES, code, EventJson.write(envelope));
  }

  /** Publishes the state and waits until the replica holds it. */
  public static void ensure(String code, boolean active) {
    publish(code, active);
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> replicated(code).map(c -> c.active() == active).orElse(false));
  }

  private static volatile boolean activeEnsured;

  /** Makes the tests' home country active in the replica (once per test run). */
  public static void ensureActive() {
    if (!activeEnsured) {
      ensure(ACTIVE, true);
      activeEnsured = true;
    }
  }

  public static Optional<Country> replicated(String code) {
    CountryReplica replica = Arc.container().instance(CountryReplica.class).get();
    try {
      return VertxContextSupport.subscribeAndAwait(
          () -> Panache.withSession(() -> replica.find(code)));
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /** Removes a code from the replica so it is unknown to registration. */
  public static void forget(String code) {
    try {
      VertxContextSupport.subscribeAndAwait(
          () ->
              Panache.withTransaction(
                  () ->
                      Panache.getSession()
                          .chain(
                              s ->
                                  s.createNativeQuery("DELETE FROM countries WHERE code = ?1")
                                      .setParameter(1, code)
                                      .executeUpdate())));
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
