package com.classbook.catalog.adapter.out.persistence;

import com.classbook.catalog.application.port.out.PackageRepository;
import com.classbook.catalog.domain.creditpackage.CreditPackage;
import com.classbook.kernel.value.CountryCode;
import com.classbook.kernel.value.Money;
import com.classbook.platform.persistence.UtcColumns;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Credit packages in MySQL through Hibernate Reactive. */
@ApplicationScoped
public class PackagePersistenceAdapter implements PackageRepository {

  private final PackageJpaRepository rows;
  private final Clock clock;

  public PackagePersistenceAdapter(PackageJpaRepository rows, Clock clock) {
    this.rows = rows;
    this.clock = clock;
  }

  @Override
  public Uni<Optional<CreditPackage>> findByIdForUpdate(String id) {
    return RowLocks.lock("packages", "id", id)
        .chain(() -> rows.findById(id))
        .map(row -> Optional.ofNullable(toDomain(row)));
  }

  @Override
  public Uni<List<CreditPackage>> findActiveByCountry(CountryCode country) {
    return rows.list(
            "countryCode = ?1 and active = true", Sort.by("credits").and("id"), country.value())
        .map(list -> list.stream().map(PackagePersistenceAdapter::toDomain).toList());
  }

  @Override
  public Uni<Void> add(CreditPackage creditPackage) {
    PackageJpaEntity row = new PackageJpaEntity();
    row.id = creditPackage.id();
    row.credits = creditPackage.credits();
    row.currency = creditPackage.price().currency();
    row.countryCode = creditPackage.countryCode().value();
    row.validityDays = creditPackage.validityDays();
    row.createdAt = UtcColumns.toColumn(creditPackage.createdAt());
    copy(creditPackage, row);
    return rows.persist(row).replaceWithVoid();
  }

  @Override
  public Uni<Void> save(CreditPackage creditPackage) {
    return rows.findById(creditPackage.id())
        .invoke(row -> copy(creditPackage, row))
        .call(rows::flush)
        .invoke(row -> creditPackage.atVersion(row.version))
        .replaceWithVoid();
  }

  @Override
  public Uni<Optional<CreditPackage>> findById(String id) {
    return rows.findById(id).map(row -> Optional.ofNullable(toDomain(row)));
  }

  private void copy(CreditPackage creditPackage, PackageJpaEntity row) {
    row.name = creditPackage.name();
    row.price = creditPackage.price().amount();
    row.active = creditPackage.active();
    row.updatedAt = UtcColumns.toColumn(clock.instant());
  }

  private static CreditPackage toDomain(PackageJpaEntity row) {
    return row == null
        ? null
        : new CreditPackage(
                row.id,
                row.name,
                row.credits,
                // Stored with three decimals; Money rescales to the currency's minor unit.
                new Money(row.price, row.currency),
                new CountryCode(row.countryCode),
                row.validityDays,
                row.active,
                UtcColumns.fromColumn(row.createdAt))
            .atVersion(row.version);
  }
}
