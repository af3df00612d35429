package com.classbook.catalog.adapter.out.persistence;

import com.classbook.catalog.application.port.out.CountryRepository;
import com.classbook.catalog.domain.country.Country;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.kernel.value.CountryCode;
import com.classbook.platform.persistence.UtcColumns;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

/** Countries in MySQL through Hibernate Reactive. */
@ApplicationScoped
public class CountryPersistenceAdapter implements CountryRepository {

  private final CountryJpaRepository rows;
  private final Clock clock;

  public CountryPersistenceAdapter(CountryJpaRepository rows, Clock clock) {
    this.rows = rows;
    this.clock = clock;
  }

  @Override
  public Uni<Optional<Country>> findByCode(CountryCode code) {
    return rows.find("code", code.value())
        .firstResult()
        .map(row -> Optional.ofNullable(toDomain(row)));
  }

  @Override
  public Uni<Optional<Country>> findByCodeForUpdate(CountryCode code) {
    return RowLocks.lock("countries", "code", code.value()).chain(() -> findByCode(code));
  }

  @Override
  public Uni<List<Country>> findAllByCode() {
    return rows.listAll(Sort.by("code"))
        .map(list -> list.stream().map(CountryPersistenceAdapter::toDomain).toList());
  }

  @Override
  public Uni<Void> add(Country country) {
    CountryJpaEntity row = new CountryJpaEntity();
    row.id = UUID.randomUUID().toString();
    row.code = country.code().value();
    row.createdAt = UtcColumns.toColumn(clock.instant());
    copy(country, row);
    return rows.persistAndFlush(row)
        .replaceWithVoid()
        .onFailure(CountryPersistenceAdapter::isDuplicate)
        .transform(
            duplicate ->
                new DomainProblem(
                    ProblemCode.COUNTRY_EXISTS, "country " + country.code() + " exists"));
  }

  @Override
  public Uni<Void> save(Country country) {
    return rows.find("code", country.code().value())
        .firstResult()
        .invoke(row -> copy(country, row))
        .call(rows::flush)
        .invoke(row -> country.atVersion(row.version))
        .replaceWithVoid();
  }

  private void copy(Country country, CountryJpaEntity row) {
    row.name = country.name();
    row.timeZone = country.timeZone().getId();
    row.active = country.active();
    row.updatedAt = UtcColumns.toColumn(clock.instant());
  }

  private static boolean isDuplicate(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConstraintViolationException) {
        return true;
      }
    }
    return false;
  }

  private static Country toDomain(CountryJpaEntity row) {
    return row == null
        ? null
        : new Country(new CountryCode(row.code), row.name, ZoneId.of(row.timeZone), row.active)
            .atVersion(row.version);
  }
}
