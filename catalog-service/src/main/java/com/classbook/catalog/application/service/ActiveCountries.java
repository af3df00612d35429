package com.classbook.catalog.application.service;

import com.classbook.catalog.application.port.in.CountryCodes;
import com.classbook.catalog.application.port.out.CountryRepository;
import com.classbook.catalog.domain.country.Country;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.kernel.problem.ValidationProblem;
import com.classbook.kernel.value.CountryCode;
import io.smallrye.mutiny.Uni;
import java.util.Optional;

/** The country rules shared by the package and class use cases. */
final class ActiveCountries {
  private final CountryRepository countries;

  ActiveCountries(CountryRepository countries) {
    this.countries = countries;
  }

  /** The country new packages and classes may belong to: known and active, else 422. */
  Uni<Country> require(String code) {
    CountryCode parsed = CountryCodes.parseOrNull(code);
    Uni<Optional<Country>> found =
        parsed == null ? Uni.createFrom().item(Optional.empty()) : countries.findByCode(parsed);
    return found.map(
        country ->
            country
                .filter(Country::active)
                .orElseThrow(
                    () ->
                        new DomainProblem(
                            ProblemCode.UNKNOWN_COUNTRY,
                            "no active country with code " + code + " in the catalog")));
  }

  /**
   * The country whose public lists are asked for: unknown is a 400 on the query parameter; an
   * inactive country sells nothing, so it yields empty.
   */
  Uni<Optional<Country>> forListing(String code) {
    if (!CountryCodes.wellFormed(code)) {
      return Uni.createFrom()
          .failure(ValidationProblem.of("country", "is required: a two-letter country code"));
    }
    CountryCode parsed = CountryCodes.parseOrNull(code);
    Uni<Optional<Country>> found =
        parsed == null ? Uni.createFrom().item(Optional.empty()) : countries.findByCode(parsed);
    return found.map(
        country -> {
          if (country.isEmpty()) {
            throw ValidationProblem.of("country", "unknown country: " + code);
          }
          return country.filter(Country::active);
        });
  }

  /** The country of an existing class or package; it always exists (foreign key). */
  Uni<Country> existing(CountryCode code) {
    return countries
        .findByCode(code)
        .map(
            country ->
                country.orElseThrow(
                    () -> new IllegalStateException("country " + code + " missing from catalog")));
  }
}
