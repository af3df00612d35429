package com.classbook.catalog.adapter.in.startup;

import static com.classbook.catalog.support.CatalogApi.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.catalog.application.port.in.RegisterCountryCommand;
import com.classbook.catalog.support.Events;
import com.classbook.catalog.support.TestDatabase;
import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.catalog.CountryState;
import com.classbook.platform.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Starter countries: seeded once through the use case, so their state is on the topic. */
@QuarkusTest
class CountrySeedingTest {

  @Inject CountrySeeder seeder;
  @Inject TestDatabase database;

  @Test
  void seedingAgainAddsNothing() throws Throwable {
    List<RegisterCountryCommand> starters =
        List.of(
            new RegisterCountryCommand("SG", "Singapore", "Asia/Singapore"),
            new RegisterCountryCommand("US", "United States", "America/New_York"));
    assertEquals(0, VertxContextSupport.subscribeAndAwait(() -> seeder.seed(starters)));
    anonymous()
        .get("/api/v1/countries")
        .then()
        .body("findAll { it.code == 'SG' }.size()", equalTo(1));
  }

  @Test
  void aMissingCodeIsAddedAndPublished() throws Throwable {
    List<String> taken = anonymous().get("/api/v1/countries").then().extract().path("code");
    List<String> free = new ArrayList<>(List.of(Locale.getISOCountries()));
    free.removeAll(taken);
    String code = free.get(free.size() / 2);
    Instant since = Instant.now();
    try {
      int added =
          VertxContextSupport.subscribeAndAwait(
              () -> seeder.seed(List.of(new RegisterCountryCommand(code, "Seedland", "UTC"))));
      assertEquals(1, added);
      anonymous()
          .get("/api/v1/countries")
          .then()
          .body("find { it.code == '" + code + "' }.name", equalTo("Seedland"));
      var events = Events.published(Topics.CATALOG_COUNTRIES, code, since, 1);
      assertEquals(1, events.size());
      assertEquals(
          new CountryState(code, "Seedland", "UTC", true),
          events.get(0).dataAs(CountryState.class));
    } finally {
      database.deleteCountry(code);
    }
  }

  @Test
  void theStarterSetIsOnTheCompactedTopicForNewConsumers() {
    Map<String, CountryState> latest = new HashMap<>();
    KafkaProbe.readAll(Topics.CATALOG_COUNTRIES, Duration.ofSeconds(2)).stream()
        .map(r -> Events.parse(r.value()))
        .filter(e -> e != null && CountryState.TYPE.equals(e.type()))
        .forEach(e -> latest.put(e.subject(), e.dataAs(CountryState.class)));
    Map<String, String> zones =
        Map.of(
            "SG",
            "Asia/Singapore",
            "MY",
            "Asia/Kuala_Lumpur",
            "TH",
            "Asia/Bangkok",
            "JP",
            "Asia/Tokyo",
            "GB",
            "Europe/London",
            "US",
            "America/New_York");
    zones.forEach(
        (code, zone) -> {
          assertTrue(latest.containsKey(code), code + " published");
          assertEquals(zone, latest.get(code).timeZone());
          assertTrue(latest.get(code).active());
        });
  }

  @Test
  void entriesAreReadAsCodeNameZone() {
    assertEquals(
        new RegisterCountryCommand("GB", "United Kingdom", "Europe/London"),
        CountrySeeder.parse(" GB | United Kingdom | Europe/London "));
  }
}
