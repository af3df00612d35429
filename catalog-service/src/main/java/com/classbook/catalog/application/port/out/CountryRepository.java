package com.classbook.catalog.application.port.out;

import com.classbook.catalog.domain.country.Country;
import com.classbook.kernel.value.CountryCode;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;

/** Stores the catalog's countries. */
public interface CountryRepository {
  Uni<Optional<Country>> findByCode(CountryCode code);

  /** Reads the country and locks it until the transaction ends, so edits are serialised. */
  Uni<Optional<Country>> findByCodeForUpdate(CountryCode code);

  Uni<List<Country>> findAllByCode();

  /** Inserts a new country; fails with COUNTRY_EXISTS when the code is taken. */
  Uni<Void> add(Country country);

  Uni<Void> save(Country country);
}
