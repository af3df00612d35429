package com.classbook.catalog.application.port.out;

import com.classbook.kernel.value.CountryCode;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;

/**
 * The base of a store's contract whose cases each keep their rows in countries of their own, so
 * that they never see another case's rows; the countries are forgotten after each case.
 */
public abstract class CountryScopedContract {

  private final List<CountryCode> countries = new ArrayList<>();

  /** Runs {@code work} in one transaction, as the use cases do, and waits for its item. */
  protected abstract <T> T inTransaction(Supplier<Uni<T>> work);

  /** A country of the test's own, holding nothing yet; another one at each call. */
  protected abstract CountryCode newCountry();

  /** Removes a test's country with everything stored in it. */
  protected abstract void forget(CountryCode country);

  @AfterEach
  void forgetTheTestsCountries() {
    countries.forEach(this::forget);
  }

  /** A new country of this case's own. */
  protected CountryCode country() {
    CountryCode country = newCountry();
    countries.add(country);
    return country;
  }
}
