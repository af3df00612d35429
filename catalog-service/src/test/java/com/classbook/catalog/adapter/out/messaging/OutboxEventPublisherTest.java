package com.classbook.catalog.adapter.out.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.catalog.domain.country.Country;
import com.classbook.catalog.domain.country.CountryFact;
import com.classbook.catalog.domain.creditpackage.CreditPackage;
import com.classbook.catalog.domain.creditpackage.PackageFact;
import com.classbook.catalog.domain.schedule.ClassFact;
import com.classbook.catalog.domain.schedule.ClassSchedule;
import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.kernel.event.catalog.CountryState;
import com.classbook.kernel.event.catalog.PackageState;
import com.classbook.kernel.value.CountryCode;
import com.classbook.kernel.value.Money;
import com.classbook.platform.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every domain fact goes out as the full state of its aggregate, with its versioned wire type. */
class OutboxEventPublisherTest {
  private static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");
  private static final Instant START = Instant.parse("2026-12-01T01:00:00Z");
  private static final ZoneId SG = ZoneId.of("Asia/Singapore");

  /** One row the publisher appended to the outbox. */
  record Appended(String topic, String key, String type, Object data) {}

  private final List<Appended> appended = new ArrayList<>();
  private final OutboxEventPublisher publisher =
      new OutboxEventPublisher(
          new OutboxWriter("catalog-service", Clock.systemUTC(), null) {
            @Override
            public Uni<Void> append(String topic, String key, String type, Object data) {
              appended.add(new Appended(topic, key, type, data));
              return Uni.createFrom().voidItem();
            }
          });

  @Test
  void everyCountryFactHasAWireType() {
    assertEveryFactHasAType(CountryFact.class, OutboxEventPublisher.COUNTRY_TYPES.asMap());
  }

  @Test
  void everyPackageFactHasAWireType() {
    assertEveryFactHasAType(PackageFact.class, OutboxEventPublisher.PACKAGE_TYPES.asMap());
  }

  @Test
  void everyClassFactHasItsOwnWireType() {
    assertEveryFactHasAType(ClassFact.class, OutboxEventPublisher.CLASS_TYPES.asMap());
    assertEquals(
        ClassFact.class.getPermittedSubclasses().length,
        new HashSet<>(OutboxEventPublisher.CLASS_TYPES.asMap().values()).size());
  }

  @Test
  void countryFactsGoOutAsTheCountrysStateKeyedByItsCode() {
    CountryFact.Registered registered = Country.register(new CountryCode("SG"), "Singapore", SG);
    publish(registered);
    publish(registered.country().update(null, ZoneId.of("Asia/Tokyo"), false).orElseThrow());

    assertEquals(
        List.of(
            new Appended(
                Topics.CATALOG_COUNTRIES,
                "SG",
                CountryState.TYPE,
                new CountryState("SG", "Singapore", "Asia/Singapore", true)),
            new Appended(
                Topics.CATALOG_COUNTRIES,
                "SG",
                CountryState.TYPE,
                new CountryState("SG", "Singapore", "Asia/Tokyo", false))),
        appended);
  }

  @Test
  void packageFactsGoOutAsThePackagesStateKeyedByItsId() {
    PackageFact.Created created =
        CreditPackage.create(
            "p-1",
            "Ten",
            10,
            new Money(new BigDecimal("49.9"), "SGD"),
            new CountryCode("SG"),
            30,
            NOW);
    publish(created);
    publish(created.creditPackage().update("Ten+", null, false).orElseThrow());

    BigDecimal price = new BigDecimal("49.90");
    assertEquals(
        List.of(
            new Appended(
                Topics.CATALOG_PACKAGES,
                "p-1",
                PackageState.TYPE,
                new PackageState("p-1", "Ten", 10, price, "SGD", "SG", 30, true)),
            new Appended(
                Topics.CATALOG_PACKAGES,
                "p-1",
                PackageState.TYPE,
                new PackageState("p-1", "Ten+", 10, price, "SGD", "SG", 30, false))),
        appended);
  }

  @Test
  void classFactsGoOutAsTheClasssStateInItsCountrysZoneKeyedByItsId() {
    Instant end = START.plusSeconds(3600);
    ClassFact.Scheduled scheduled =
        ClassSchedule.schedule(
            "c-1", "Flow", "", new CountryCode("SG"), START, end, 10, 2, NOW, SG);
    ClassSchedule c = scheduled.schedule();
    publish(scheduled);
    publish(c.update(null, null, 12, null, null, SG).orElseThrow());
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    publish(c.movedTo(tokyo));
    publish(c.cancel(NOW, tokyo).orElseThrow());

    ClassState state =
        new ClassState("c-1", "Flow", "SG", "Asia/Singapore", START, end, 10, 2, true, false);
    ClassState inTokyo =
        new ClassState("c-1", "Flow", "SG", "Asia/Tokyo", START, end, 12, 2, true, false);
    assertEquals(
        List.of(
            new Appended(Topics.CATALOG_CLASSES, "c-1", ClassState.SCHEDULED, state),
            new Appended(Topics.CATALOG_CLASSES, "c-1", ClassState.UPDATED, state.withCapacity(12)),
            new Appended(Topics.CATALOG_CLASSES, "c-1", ClassState.UPDATED, inTokyo),
            new Appended(
                Topics.CATALOG_CLASSES,
                "c-1",
                ClassState.CANCELLED,
                inTokyo.withActive(false).withCancelled(true))),
        appended);
  }

  private void publish(CountryFact fact) {
    publisher.publish(fact).await().indefinitely();
  }

  private void publish(PackageFact fact) {
    publisher.publish(fact).await().indefinitely();
  }

  private void publish(ClassFact fact) {
    publisher.publish(fact).await().indefinitely();
  }

  private static void assertEveryFactHasAType(Class<?> facts, Map<Class<?>, String> types) {
    assertEquals(Set.of(facts.getPermittedSubclasses()), types.keySet());
  }
}
