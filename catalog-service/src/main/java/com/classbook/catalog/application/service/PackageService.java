package com.classbook.catalog.application.service;

import com.classbook.catalog.application.port.in.CreatePackageCommand;
import com.classbook.catalog.application.port.in.CreatePackageUseCase;
import com.classbook.catalog.application.port.in.GetPackageQuery;
import com.classbook.catalog.application.port.in.ListPackagesQuery;
import com.classbook.catalog.application.port.in.UpdatePackageCommand;
import com.classbook.catalog.application.port.in.UpdatePackageUseCase;
import com.classbook.catalog.application.port.out.CountryRepository;
import com.classbook.catalog.application.port.out.EventPublisher;
import com.classbook.catalog.application.port.out.PackageRepository;
import com.classbook.catalog.application.port.out.TransactionRunner;
import com.classbook.catalog.domain.creditpackage.CreditPackage;
import com.classbook.catalog.domain.creditpackage.PackageFact;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Package administration and the public package list; the transaction boundary of packages. */
@ApplicationScoped
public class PackageService
    implements CreatePackageUseCase, UpdatePackageUseCase, ListPackagesQuery, GetPackageQuery {

  private final TransactionRunner tx;
  private final PackageRepository packages;
  private final ActiveCountries activeCountries;
  private final EventPublisher events;
  private final Clock clock;

  public PackageService(
      TransactionRunner tx,
      PackageRepository packages,
      CountryRepository countries,
      EventPublisher events,
      Clock clock) {
    this.tx = tx;
    this.packages = packages;
    this.activeCountries = new ActiveCountries(countries);
    this.events = events;
    this.clock = clock;
  }

  @Override
  public Uni<CreditPackage> create(CreatePackageCommand command) {
    return tx.inTransaction(
        () -> {
          return activeCountries
              .require(command.countryCode())
              .chain(
                  country -> {
                    PackageFact.Created created =
                        CreditPackage.create(
                            UUID.randomUUID().toString(),
                            command.name(),
                            command.credits(),
                            command.money(),
                            country.code(),
                            command.validityDays(),
                            clock.instant());
                    return packages
                        .add(created.creditPackage())
                        .chain(() -> events.publish(created))
                        .replaceWith(created.creditPackage());
                  });
        });
  }

  @Override
  public Uni<CreditPackage> update(UpdatePackageCommand command) {
    return tx.inTransaction(
        () -> {
          return packages
              .findByIdForUpdate(command.id())
              .chain(
                  found -> {
                    CreditPackage creditPackage =
                        found.orElseThrow(
                            () ->
                                new DomainProblem(
                                    ProblemCode.PACKAGE_NOT_FOUND, "no package " + command.id()));
                    Versions.require(
                        command.expectedVersion(), creditPackage.version(), "the package");
                    Optional<PackageFact.Updated> updated =
                        creditPackage.update(command.name(), command.price(), command.active());
                    if (updated.isEmpty()) {
                      return Uni.createFrom().item(creditPackage);
                    }
                    return packages
                        .save(creditPackage)
                        .chain(() -> events.publish(updated.get()))
                        .replaceWith(creditPackage);
                  });
        });
  }

  @Override
  public Uni<CreditPackage> getPackage(String id) {
    return tx.inSession(
        () -> {
          return packages
              .findById(id)
              .map(
                  found ->
                      found.orElseThrow(
                          () ->
                              new DomainProblem(
                                  ProblemCode.PACKAGE_NOT_FOUND, "no package " + id)));
        });
  }

  @Override
  public Uni<List<CreditPackage>> listPackages(String countryCode) {
    return tx.inSession(
        () -> {
          return activeCountries
              .forListing(countryCode)
              .chain(
                  country ->
                      country.isEmpty()
                          ? Uni.createFrom().item(List.<CreditPackage>of())
                          : packages.findActiveByCountry(country.get().code()));
        });
  }
}
