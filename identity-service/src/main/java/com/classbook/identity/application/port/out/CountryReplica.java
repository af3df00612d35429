package com.classbook.identity.application.port.out;

import com.classbook.identity.domain.Country;
import io.smallrye.mutiny.Uni;
import java.util.Optional;

/** The local copy of the catalog's countries, fed by its events. */
public interface CountryReplica {
  Uni<Optional<Country>> find(String code);

  Uni<Void> upsert(Country country);
}
