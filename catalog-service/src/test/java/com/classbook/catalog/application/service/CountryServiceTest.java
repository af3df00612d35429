package com.classbook.catalog.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.classbook.catalog.application.port.in.RegisterCountryCommand;
import com.classbook.catalog.application.port.in.ScheduleClassCommand;
import com.classbook.catalog.application.port.in.UpdateCountryCommand;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.kernel.problem.ValidationProblem;
import com.classbook.platform.testing.MutableClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CountryServiceTest {
  private static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");

  private final InMemoryCatalog catalog = new InMemoryCatalog();
  private final MutableClock clock = new MutableClock();
  private CountryService countries;
  private ClassScheduleService classes;

  @BeforeEach
  void setUp() {
    clock.set(NOW);
    countries =
        new CountryService(
            catalog.transactions(),
            catalog.countryRepository(),
            catalog.classRepository(),
            catalog.publisher(),
            clock);
    classes =
        new ClassScheduleService(
            catalog.transactions(),
            catalog.classRepository(),
            catalog.countryRepository(),
            catalog.availabilityView(),
            catalog.publisher(),
            clock);
  }

  @Test
  void registeringPublishesTheStateAndATakenCodeIs409() {
    countries
        .register(new RegisterCountryCommand("sg", "Singapore", "Asia/Singapore"))
        .await()
        .indefinitely();
    assertEquals(List.of("country:SG:Asia/Singapore"), catalog.published);
    DomainProblem taken =
        assertThrows(
            DomainProblem.class,
            () ->
                countries
                    .register(new RegisterCountryCommand("SG", "Again", "Asia/Singapore"))
                    .await()
                    .indefinitely());
    assertEquals(ProblemCode.COUNTRY_EXISTS, taken.code());
    assertEquals(1, catalog.published.size());
  }

  @Test
  void commandsRejectBadCodesNamesAndZones() {
    ValidationProblem invalid =
        assertThrows(
            ValidationProblem.class, () -> new RegisterCountryCommand("S1", "", "Mars/Base"));
    assertEquals(
        List.of("code", "name", "timeZone"),
        invalid.violations().stream().map(v -> v.field()).toList());
  }

  @Test
  void aNewZoneIsRepublishedOnEveryClassThatHasNotEnded() {
    countries
        .register(new RegisterCountryCommand("GB", "United Kingdom", "Europe/London"))
        .await()
        .indefinitely();
    Instant start = NOW.plusSeconds(86_400);
    String ahead =
        classes
            .schedule(
                new ScheduleClassCommand("Flow", "", "GB", start, start.plusSeconds(3600), 5, 1))
            .await()
            .indefinitely()
            .schedule()
            .id();
    catalog.published.clear();
    // A class that ended already keeps its old events.
    clock.set(start.plusSeconds(7200));
    String later =
        classes
            .schedule(
                new ScheduleClassCommand(
                    "Late", "", "GB", start.plusSeconds(86_400), start.plusSeconds(90_000), 5, 1))
            .await()
            .indefinitely()
            .schedule()
            .id();
    catalog.published.clear();

    countries
        .update(new UpdateCountryCommand("gb", null, "Europe/Dublin", null))
        .await()
        .indefinitely();
    assertEquals(
        List.of("country:GB:Europe/Dublin", "UPDATED:" + later + ":Europe/Dublin"),
        catalog.published);
    assertEquals(false, catalog.published.contains("UPDATED:" + ahead + ":Europe/Dublin"));
  }

  @Test
  void anUnchangedCountryPublishesNothingAndAnUnknownOneIs404() {
    catalog.country("SG", "Asia/Singapore", true);
    countries
        .update(new UpdateCountryCommand("SG", null, "Asia/Singapore", true))
        .await()
        .indefinitely();
    assertEquals(List.of(), catalog.published);
    for (String code : List.of("FR", "nope")) {
      DomainProblem missing =
          assertThrows(
              DomainProblem.class,
              () ->
                  countries
                      .update(new UpdateCountryCommand(code, "x", null, null))
                      .await()
                      .indefinitely());
      assertEquals(ProblemCode.NOT_FOUND, missing.code());
    }
  }
}
