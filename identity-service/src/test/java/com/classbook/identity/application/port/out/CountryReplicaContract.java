package com.classbook.identity.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.identity.domain.Country;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CountryReplica} does, run against the in-memory fake of the use-case tests and
 * against the MariaDB adapter.
 */
public abstract class CountryReplicaContract {

  private final List<String> taken = new ArrayList<>();

  /** The replica under test. */
  protected abstract CountryReplica replica();

  /** Runs {@code work} in one transaction, as the use cases do, and waits for its item. */
  protected abstract <T> T inTransaction(Supplier<Uni<T>> work);

  /** Removes a country a test added (the port has no removal: the catalog never deletes one). */
  protected abstract void forget(String code);

  @AfterEach
  void forgetTheTestsCountries() {
    taken.forEach(this::forget);
  }

  /** A user-assigned code (ISO 3166 XA..XZ) the replica does not hold: no real country's. */
  private String freeCode() {
    List<String> codes =
        new ArrayList<>(IntStream.rangeClosed('A', 'Z').mapToObj(c -> "X" + (char) c).toList());
    Collections.shuffle(codes);
    String code = codes.stream().filter(c -> find(c).isEmpty()).findFirst().orElseThrow();
    taken.add(code);
    return code;
  }

  private Optional<Country> find(String code) {
    return inTransaction(() -> replica().find(code));
  }

  private void upsert(Country country) {
    inTransaction(() -> replica().upsert(country));
  }

  @Test
  void anUpsertedCountryIsFoundAndAnUnknownCodeIsNot() {
    String code = freeCode();
    assertEquals(Optional.empty(), find(code));

    Country country = new Country(code, "Contractland", "Pacific/Funafuti", true);
    upsert(country);

    assertEquals(Optional.of(country), find(code));
  }

  @Test
  void theLatestUpsertReplacesTheStoredState() {
    String code = freeCode();
    upsert(new Country(code, "Before", "Pacific/Funafuti", true));

    Country after = new Country(code, "After", "Europe/Berlin", false);
    upsert(after);

    assertEquals(Optional.of(after), find(code));
  }
}
