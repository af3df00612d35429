package com.classbook.booking.adapter.out.persistence;

import com.classbook.booking.application.port.out.PackageCatalog;
import com.classbook.booking.domain.PackageOffer;
import com.classbook.kernel.value.Money;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The package replica in MySQL. */
@ApplicationScoped
public class PackageReplicaPersistenceAdapter implements PackageCatalog {

  @Override
  public Uni<Optional<PackageOffer>> find(String packageId) {
    return Panache.getSession()
        .chain(session -> session.find(PackageReplicaJpaEntity.class, packageId))
        .map(row -> Optional.ofNullable(row).map(PackageReplicaPersistenceAdapter::toDomain));
  }

  @Override
  public Uni<Map<String, PackageOffer>> findAll(Collection<String> packageIds) {
    if (packageIds.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createSelectionQuery(
                        "from PackageReplicaJpaEntity where id in :ids",
                        PackageReplicaJpaEntity.class)
                    .setParameter("ids", packageIds.stream().distinct().toList())
                    .getResultList())
        .map(
            rows ->
                rows.stream()
                    .map(PackageReplicaPersistenceAdapter::toDomain)
                    .collect(Collectors.toMap(PackageOffer::id, Function.identity())));
  }

  @Override
  public Uni<Void> upsert(PackageOffer offer, Instant now) {
    return NativeSql.update(
            "INSERT INTO package_replica (id, name, credits, price, currency, country_code,"
                + " validity_days, is_active, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
                + " ON DUPLICATE KEY UPDATE name = ?10, credits = ?11, price = ?12, currency = ?13,"
                + " country_code = ?14, validity_days = ?15, is_active = ?16, updated_at = ?17",
            offer.id(),
            offer.name(),
            offer.credits(),
            offer.price().amount(),
            offer.price().currency(),
            offer.countryCode(),
            offer.validityDays(),
            offer.active(),
            now,
            offer.name(),
            offer.credits(),
            offer.price().amount(),
            offer.price().currency(),
            offer.countryCode(),
            offer.validityDays(),
            offer.active(),
            now)
        .replaceWithVoid();
  }

  private static PackageOffer toDomain(PackageReplicaJpaEntity row) {
    return new PackageOffer(
        row.id,
        row.name,
        row.credits,
        new Money(row.price, row.currency),
        row.countryCode,
        row.validityDays,
        row.active);
  }
}
