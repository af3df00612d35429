package com.classbook.identity.adapter.out.persistence;

import com.classbook.identity.application.port.out.CountryReplica;
import com.classbook.identity.domain.Country;
import com.classbook.platform.persistence.UtcColumns;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;

/** The countries replica table. */
@ApplicationScoped
public class CountryReplicaPersistenceAdapter
    implements CountryReplica, PanacheRepositoryBase<CountryJpaEntity, String> {

  private final Clock clock;

  public CountryReplicaPersistenceAdapter(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Uni<Optional<Country>> find(String code) {
    return findById(code)
        .map(
            row ->
                Optional.ofNullable(row)
                    .map(c -> new Country(c.code, c.name, c.timeZone, c.active)));
  }

  @Override
  public Uni<Void> upsert(Country country) {
    return findById(country.code())
        .chain(
            existing -> {
              CountryJpaEntity row = existing == null ? new CountryJpaEntity() : existing;
              row.code = country.code();
              row.name = country.name();
              row.timeZone = country.timeZone();
              row.active = country.active();
              row.updatedAt = UtcColumns.toColumn(clock.instant());
              return existing == null ? persistAndFlush(row) : flush().replaceWith(row);
            })
        .replaceWithVoid();
  }
}
