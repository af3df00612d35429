package com.classbook.catalog.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.catalog.domain.creditpackage.CreditPackage;
import com.classbook.kernel.value.CountryCode;
import com.classbook.kernel.value.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PackageRepository} does, run against the in-memory fake of the use-case tests
 * and against the MariaDB adapter.
 */
public abstract class PackageRepositoryContract extends CountryScopedContract {

  private static final Instant CREATED = Instant.parse("2026-11-30T08:15:30.123456Z");
  private static final Money PRICE = new Money(new BigDecimal("49.9"), "SGD");

  /** The repository under test. */
  protected abstract PackageRepository repository();

  private CreditPackage added(String id, CountryCode country, int credits, boolean active) {
    CreditPackage creditPackage =
        new CreditPackage(id, "Pack " + credits, credits, PRICE, country, 30, active, CREATED);
    inTransaction(() -> repository().add(creditPackage));
    return creditPackage;
  }

  private CreditPackage added(CountryCode country) {
    return added(UUID.randomUUID().toString(), country, 10, true);
  }

  private Optional<CreditPackage> find(String id) {
    return inTransaction(() -> repository().findById(id));
  }

  @Test
  void anAddedPackageIsFoundWithEveryField() {
    CountryCode country = country();
    CreditPackage creditPackage = added(country);
    String id = creditPackage.id();

    for (CreditPackage read :
        List.of(
            find(id).orElseThrow(),
            inTransaction(() -> repository().findByIdForUpdate(id)).orElseThrow())) {
      assertEquals(id, read.id());
      assertEquals("Pack 10", read.name());
      assertEquals(10, read.credits());
      assertEquals(PRICE, read.price());
      assertEquals(country, read.countryCode());
      assertEquals(30, read.validityDays());
      assertEquals(true, read.active());
      assertEquals(CREATED, read.createdAt());
    }
    String unknown = UUID.randomUUID().toString();
    assertEquals(Optional.empty(), find(unknown), "an unknown package");
    assertEquals(Optional.empty(), inTransaction(() -> repository().findByIdForUpdate(unknown)));
  }

  @Test
  void aSavedPackageKeepsItsChangesAndAdvancesItsVersion() {
    String id = added(country()).id();
    CreditPackage read = inTransaction(() -> repository().findByIdForUpdate(id)).orElseThrow();
    long readAt = read.version();
    read.update("Renamed", new BigDecimal("59"), false);

    inTransaction(() -> repository().save(read));

    CreditPackage again = find(id).orElseThrow();
    assertEquals("Renamed", again.name());
    assertEquals(new Money(new BigDecimal("59"), "SGD"), again.price());
    assertEquals(false, again.active());
    assertTrue(again.version() > readAt, "the version (the ETag) advanced");
    assertEquals(again.version(), read.version(), "the saved package knows its new version");
  }

  @Test
  void aChangeThatIsNotSavedIsNotStored() {
    String id = added(country()).id();
    find(id).orElseThrow().update("Unsaved", new BigDecimal("59"), false);

    CreditPackage again = find(id).orElseThrow();
    assertEquals("Pack 10", again.name());
    assertEquals(PRICE, again.price());
    assertEquals(true, again.active());
  }

  @Test
  void theActivePackagesOfACountryComeByCreditsThenId() {
    CountryCode country = country();
    List<String> ids =
        Stream.generate(() -> UUID.randomUUID().toString()).limit(3).sorted().toList();
    // Added in the reverse of the listed order: a store that lists in insertion order fails.
    added(ids.get(0), country, 20, true);
    added(ids.get(2), country, 10, true);
    added(ids.get(1), country, 10, true);
    added(UUID.randomUUID().toString(), country, 5, false);
    added(UUID.randomUUID().toString(), country(), 5, true);

    List<String> listed =
        inTransaction(() -> repository().findActiveByCountry(country)).stream()
            .map(CreditPackage::id)
            .toList();

    assertEquals(List.of(ids.get(1), ids.get(2), ids.get(0)), listed);
  }
}
