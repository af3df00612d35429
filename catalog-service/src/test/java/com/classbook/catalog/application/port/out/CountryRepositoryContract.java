package com.classbook.catalog.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.catalog.domain.country.Country;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.kernel.value.CountryCode;
import io.smallrye.mutiny.Uni;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CountryRepository} does, run against the in-memory fake of the use-case tests
 * and against the MariaDB adapter.
 */
public abstract class CountryRepositoryContract {

  private final List<String> taken = new ArrayList<>();

  /** The repository under test. */
  protected abstract CountryRepository repository();

  /** Runs {@code work} in one transaction, as the use cases do, and waits for its item. */
  protected abstract <T> T inTransaction(Supplier<Uni<T>> work);

  /** A valid country code no country has yet, another one at each call. */
  protected abstract String freeCode();

  /** Removes the country a test added. */
  protected abstract void forget(String code);

  @AfterEach
  void forgetTheTestsCountries() {
    taken.forEach(this::forget);
  }

  private Country added(String name) {
    return added(freeCode(), name);
  }

  private Country added(String code, String name) {
    taken.add(code);
    Country country =
        Country.register(new CountryCode(code), name, ZoneId.of("Asia/Singapore")).country();
    inTransaction(() -> repository().add(country));
    return country;
  }

  private Country found(CountryCode code) {
    return inTransaction(() -> repository().findByCode(code)).orElseThrow();
  }

  @Test
  void anAddedCountryIsFoundAndItsCodeIsTakenOnce() {
    Country country = added("Contractland");

    Country read = found(country.code());
    assertEquals("Contractland", read.name());
    assertEquals(ZoneId.of("Asia/Singapore"), read.timeZone());
    assertEquals(true, read.active());
    DomainProblem twice =
        assertThrows(DomainProblem.class, () -> inTransaction(() -> repository().add(country)));
    assertEquals(ProblemCode.COUNTRY_EXISTS, twice.code());
  }

  @Test
  void aSavedCountryKeepsItsChangesAndAdvancesItsVersion() {
    Country country = added("Before");
    Country read =
        inTransaction(() -> repository().findByCodeForUpdate(country.code())).orElseThrow();
    long readAt = read.version();
    read.update("After", ZoneId.of("Europe/Berlin"), false);

    inTransaction(() -> repository().save(read));

    Country again = found(country.code());
    assertEquals("After", again.name());
    assertEquals(ZoneId.of("Europe/Berlin"), again.timeZone());
    assertEquals(false, again.active());
    assertTrue(again.version() > readAt, "the version (the ETag) advanced");
    assertEquals(again.version(), read.version(), "the saved country knows its new version");
  }

  @Test
  void aChangeThatIsNotSavedIsNotStored() {
    Country country = added("Kept");
    found(country.code()).update("Unsaved", ZoneId.of("Europe/Berlin"), false);

    Country again = found(country.code());
    assertEquals("Kept", again.name());
    assertEquals(ZoneId.of("Asia/Singapore"), again.timeZone());
    assertEquals(true, again.active());
  }

  @Test
  void allCountriesComeInTheOrderOfTheirCodes() {
    String one = freeCode();
    String other = freeCode();
    // The later code first: a store that lists in insertion order fails.
    added(one.compareTo(other) > 0 ? one : other, "Later");
    added(one.compareTo(other) > 0 ? other : one, "Earlier");
    List<String> ours = List.of(one, other);

    List<String> listed =
        inTransaction(() -> repository().findAllByCode()).stream()
            .map(c -> c.code().value())
            .filter(ours::contains)
            .toList();

    assertEquals(ours.stream().sorted().toList(), listed);
  }
}
