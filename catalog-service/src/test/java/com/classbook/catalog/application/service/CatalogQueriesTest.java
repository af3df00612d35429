package com.classbook.catalog.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.classbook.catalog.application.port.in.ClassPage;
import com.classbook.catalog.application.port.in.CreatePackageCommand;
import com.classbook.catalog.application.port.in.ListClassesCommand;
import com.classbook.catalog.application.port.in.ScheduleClassCommand;
import com.classbook.catalog.application.port.in.UpdatePackageCommand;
import com.classbook.catalog.domain.schedule.SeatAvailability;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.kernel.problem.ValidationProblem;
import com.classbook.platform.testing.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogQueriesTest {
  private static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");

  private final InMemoryCatalog catalog = new InMemoryCatalog();
  private final MutableClock clock = new MutableClock();
  private ClassCatalogService reads;
  private ClassScheduleService classes;
  private PackageService packages;

  @BeforeEach
  void setUp() {
    clock.set(NOW);
    catalog.country("SG", "Asia/Singapore", true);
    catalog.country("MY", "Asia/Kuala_Lumpur", false);
    reads =
        new ClassCatalogService(
            catalog.transactions(),
            catalog.classRepository(),
            catalog.countryRepository(),
            catalog.availabilityView(),
            clock);
    classes =
        new ClassScheduleService(
            catalog.transactions(),
            catalog.classRepository(),
            catalog.countryRepository(),
            catalog.availabilityView(),
            catalog.publisher(),
            clock);
    packages =
        new PackageService(
            catalog.transactions(),
            catalog.packageRepository(),
            catalog.countryRepository(),
            catalog.publisher(),
            clock);
  }

  private String classAt(Instant start) {
    return classes
        .schedule(new ScheduleClassCommand("Flow", "", "SG", start, start.plusSeconds(3600), 8, 1))
        .await()
        .indefinitely()
        .schedule()
        .id();
  }

  @Test
  void listingStartsAtNowByDefaultAndShowsTheViewsFreeSlots() {
    String first = classAt(NOW.plusSeconds(60));
    String second = classAt(NOW.plusSeconds(120));
    catalog.seats.put(second, new SeatAvailability(8, 2, 0, 6));
    clock.set(NOW.plusSeconds(90));

    ClassPage page =
        reads
            .listClasses(ListClassesCommand.parse("sg", null, null, null, null))
            .await()
            .indefinitely();
    assertEquals(1, page.totalItems());
    assertEquals(second, page.items().get(0).schedule().id());
    assertEquals(2, page.items().get(0).availableSlots());
    assertEquals(20, page.size());
    assertEquals(8, reads.getClass(first).await().indefinitely().availableSlots());
  }

  @Test
  void aToBeforeNowIsAFieldErrorAndAnInactiveCountryListsNothing() {
    ValidationProblem early =
        assertThrows(
            ValidationProblem.class,
            () ->
                reads
                    .listClasses(
                        ListClassesCommand.parse("SG", null, "2020-01-01T00:00:00Z", null, null))
                    .await()
                    .indefinitely());
    assertEquals("to", early.violations().get(0).field());
    assertEquals(
        0,
        reads
            .listClasses(ListClassesCommand.parse("MY", null, null, "0", "5"))
            .await()
            .indefinitely()
            .totalItems());
  }

  @Test
  void queryParametersAreParsedIntoFieldErrors() {
    ValidationProblem bad =
        assertThrows(
            ValidationProblem.class,
            () -> ListClassesCommand.parse("SG", "soon", "later", "first", "big"));
    assertEquals(
        List.of("from", "to", "page", "size"),
        bad.violations().stream().map(v -> v.field()).toList());
    assertThrows(
        ValidationProblem.class, () -> ListClassesCommand.parse("SG", null, null, "0", "101"));
    assertThrows(
        ValidationProblem.class, () -> ListClassesCommand.parse("SG", null, null, "-1", "1"));
    assertEquals(100, ListClassesCommand.parse("SG", null, null, "0", "100").size());
  }

  @Test
  void packagesListActiveOnesOfActiveCountriesAndEachChangeIsPublished() {
    String id =
        packages
            .create(new CreatePackageCommand("Ten", 10, new BigDecimal("49.9"), "sgd", "SG", 30))
            .await()
            .indefinitely()
            .id();
    assertEquals(1, packages.listPackages("SG").await().indefinitely().size());
    packages.update(new UpdatePackageCommand(id, null, null, false)).await().indefinitely();
    packages.update(new UpdatePackageCommand(id, null, null, false)).await().indefinitely();
    assertEquals(0, packages.listPackages("sg").await().indefinitely().size());
    assertEquals(List.of("package:" + id + ":true", "package:" + id + ":false"), catalog.published);

    DomainProblem inactive =
        assertThrows(
            DomainProblem.class,
            () ->
                packages
                    .create(new CreatePackageCommand("Ten", 10, BigDecimal.TEN, "MYR", "MY", 30))
                    .await()
                    .indefinitely());
    assertEquals(ProblemCode.UNKNOWN_COUNTRY, inactive.code());
    assertThrows(ValidationProblem.class, () -> packages.listPackages("FR").await().indefinitely());
  }

  @Test
  void packageCommandsCheckCurrencyAndMinorUnits() {
    ValidationProblem bad =
        assertThrows(
            ValidationProblem.class,
            () -> new CreatePackageCommand("Ten", 10, new BigDecimal("1.5"), "JPY", "JP", 30));
    assertEquals("price", bad.violations().get(0).field());
    ValidationProblem currency =
        assertThrows(
            ValidationProblem.class,
            () -> new CreatePackageCommand("Ten", 10, BigDecimal.TEN, "EURO", "JP", 30));
    assertEquals("currency", currency.violations().get(0).field());
  }
}
