package com.classbook.identity.application.port.in;

import com.classbook.identity.domain.Country;
import io.smallrye.mutiny.Uni;

/** Applies the catalog's latest state of a country to the local replica. */
public interface ReplicateCountryUseCase {
  /** Must run inside the caller's transaction (the consumer's inbox transaction). */
  Uni<Void> apply(Country country);
}
