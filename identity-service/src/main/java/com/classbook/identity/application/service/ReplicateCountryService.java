package com.classbook.identity.application.service;

import com.classbook.identity.application.port.in.ReplicateCountryUseCase;
import com.classbook.identity.application.port.out.CountryReplica;
import com.classbook.identity.domain.Country;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps the local country replica equal to the catalog's latest published state. */
@ApplicationScoped
public class ReplicateCountryService implements ReplicateCountryUseCase {
  private final CountryReplica replica;

  public ReplicateCountryService(CountryReplica replica) {
    this.replica = replica;
  }

  @Override
  public Uni<Void> apply(Country country) {
    return replica.upsert(country);
  }
}
