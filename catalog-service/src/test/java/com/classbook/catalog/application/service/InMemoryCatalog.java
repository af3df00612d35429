package com.classbook.catalog.application.service;

import com.classbook.catalog.application.port.out.AvailabilityView;
import com.classbook.catalog.application.port.out.ClassScheduleRepository;
import com.classbook.catalog.application.port.out.CountryRepository;
import com.classbook.catalog.application.port.out.EventPublisher;
import com.classbook.catalog.application.port.out.PackageRepository;
import com.classbook.catalog.application.port.out.TransactionRunner;
import com.classbook.catalog.domain.country.Country;
import com.classbook.catalog.domain.country.CountryFact;
import com.classbook.catalog.domain.creditpackage.CreditPackage;
import com.classbook.catalog.domain.creditpackage.PackageFact;
import com.classbook.catalog.domain.schedule.ClassFact;
import com.classbook.catalog.domain.schedule.ClassSchedule;
import com.classbook.catalog.domain.schedule.SeatAvailability;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.kernel.value.CountryCode;
import com.classbook.platform.testing.FakeTables;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * In-memory fakes of every catalog port, for use-case tests without Quarkus. The stores keep the
 * ports' contracts (InMemory*Test): like rows, they hand out and keep copies, so that only a save
 * stores a change, and a save advances the version.
 */
public final class InMemoryCatalog {
  public final Map<String, Country> countries = new TreeMap<>();
  public final Map<String, CreditPackage> packages = new LinkedHashMap<>();
  public final Map<String, ClassSchedule> classes = new LinkedHashMap<>();
  public final Map<String, SeatAvailability> seats = new HashMap<>();
  public final List<String> published = new ArrayList<>();
  private final FakeTables tables = FakeTables.of(countries, packages, classes, seats, published);

  /**
   * Transactions as MariaDB runs them: the work runs at once, and a failure puts the tables and the
   * outbox back as the transaction found them.
   */
  public TransactionRunner transactions() {
    return new TransactionRunner() {
      @Override
      public <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
        return tables.inTransaction(work);
      }

      @Override
      public <T> Uni<T> inSession(Supplier<Uni<T>> work) {
        return Uni.createFrom().<T>deferred(work::get);
      }
    };
  }

  public CountryRepository countryRepository() {
    return new CountryRepository() {
      @Override
      public Uni<Optional<Country>> findByCode(CountryCode code) {
        return item(Optional.ofNullable(countries.get(code.value())).map(InMemoryCatalog::copy));
      }

      @Override
      public Uni<Optional<Country>> findByCodeForUpdate(CountryCode code) {
        return findByCode(code);
      }

      @Override
      public Uni<List<Country>> findAllByCode() {
        return item(countries.values().stream().map(InMemoryCatalog::copy).toList());
      }

      @Override
      public Uni<Void> add(Country country) {
        if (countries.putIfAbsent(country.code().value(), copy(country)) != null) {
          return Uni.createFrom().failure(new DomainProblem(ProblemCode.COUNTRY_EXISTS, "taken"));
        }
        return Uni.createFrom().voidItem();
      }

      @Override
      public Uni<Void> save(Country country) {
        String code = country.code().value();
        country.atVersion(countries.get(code).version() + 1);
        countries.put(code, copy(country));
        return Uni.createFrom().voidItem();
      }
    };
  }

  public PackageRepository packageRepository() {
    return new PackageRepository() {
      @Override
      public Uni<Optional<CreditPackage>> findByIdForUpdate(String id) {
        return findById(id);
      }

      @Override
      public Uni<Optional<CreditPackage>> findById(String id) {
        return item(Optional.ofNullable(packages.get(id)).map(InMemoryCatalog::copy));
      }

      @Override
      public Uni<List<CreditPackage>> findActiveByCountry(CountryCode country) {
        return item(
            packages.values().stream()
                .filter(p -> p.active() && p.countryCode().equals(country))
                .sorted(
                    Comparator.comparing(CreditPackage::credits).thenComparing(CreditPackage::id))
                .map(InMemoryCatalog::copy)
                .toList());
      }

      @Override
      public Uni<Void> add(CreditPackage creditPackage) {
        packages.put(creditPackage.id(), copy(creditPackage));
        return Uni.createFrom().voidItem();
      }

      @Override
      public Uni<Void> save(CreditPackage creditPackage) {
        creditPackage.atVersion(packages.get(creditPackage.id()).version() + 1);
        return add(creditPackage);
      }
    };
  }

  public ClassScheduleRepository classRepository() {
    return new ClassScheduleRepository() {
      @Override
      public Uni<Optional<ClassSchedule>> findById(String id) {
        return item(Optional.ofNullable(classes.get(id)).map(InMemoryCatalog::copy));
      }

      @Override
      public Uni<Optional<ClassSchedule>> findByIdForUpdate(String id) {
        return findById(id);
      }

      @Override
      public Uni<SchedulePage> findListed(
          CountryCode country, Instant from, Instant to, int page, int size) {
        List<ClassSchedule> all =
            classes.values().stream()
                .filter(c -> c.countryCode().equals(country) && c.active() && !c.cancelled())
                .filter(c -> !c.startTime().isBefore(from))
                .filter(c -> to == null || c.startTime().isBefore(to))
                .sorted(
                    Comparator.comparing(ClassSchedule::startTime).thenComparing(ClassSchedule::id))
                .toList();
        List<ClassSchedule> slice =
            all.stream().skip((long) page * size).limit(size).map(InMemoryCatalog::copy).toList();
        return item(new SchedulePage(slice, all.size()));
      }

      @Override
      public Uni<List<ClassSchedule>> findNotEndedByCountry(CountryCode country, Instant now) {
        return item(
            classes.values().stream()
                .filter(c -> c.countryCode().equals(country) && c.endTime().isAfter(now))
                .map(InMemoryCatalog::copy)
                .toList());
      }

      @Override
      public Uni<Void> add(ClassSchedule schedule) {
        classes.put(schedule.id(), copy(schedule));
        return Uni.createFrom().voidItem();
      }

      @Override
      public Uni<Void> save(ClassSchedule schedule) {
        schedule.atVersion(classes.get(schedule.id()).version() + 1);
        return add(schedule);
      }
    };
  }

  public AvailabilityView availabilityView() {
    return new AvailabilityView() {
      @Override
      public Uni<Optional<SeatAvailability>> find(String classId) {
        return item(Optional.ofNullable(seats.get(classId)));
      }

      @Override
      public Uni<Map<String, SeatAvailability>> findAll(Collection<String> classIds) {
        Map<String, SeatAvailability> found = new HashMap<>();
        classIds.stream().filter(seats::containsKey).forEach(id -> found.put(id, seats.get(id)));
        return item(found);
      }

      @Override
      public Uni<Void> record(String classId, SeatAvailability counts) {
        seats.put(classId, counts);
        return Uni.createFrom().voidItem();
      }
    };
  }

  /**
   * Records each published fact as "kind:key:detail": "country:SG:Asia/Singapore",
   * "package:id:active", "SCHEDULED:id:Asia/Singapore" (UPDATED, CANCELLED) for classes.
   */
  public EventPublisher publisher() {
    return new EventPublisher() {
      @Override
      public Uni<Void> publish(CountryFact fact) {
        Country country = fact.country();
        published.add("country:" + country.code() + ":" + country.timeZone());
        return Uni.createFrom().voidItem();
      }

      @Override
      public Uni<Void> publish(PackageFact fact) {
        CreditPackage creditPackage = fact.creditPackage();
        published.add("package:" + creditPackage.id() + ":" + creditPackage.active());
        return Uni.createFrom().voidItem();
      }

      @Override
      public Uni<Void> publish(ClassFact fact) {
        String kind = fact.getClass().getSimpleName().toUpperCase(Locale.ROOT);
        published.add(kind + ":" + fact.schedule().id() + ":" + fact.timeZone());
        return Uni.createFrom().voidItem();
      }
    };
  }

  public void country(String code, String zone, boolean active) {
    Country country =
        Country.register(new CountryCode(code), code + " land", ZoneId.of(zone)).country();
    country.update(null, null, active);
    countries.put(code, country);
  }

  private static Country copy(Country c) {
    return new Country(c.code(), c.name(), c.timeZone(), c.active()).atVersion(c.version());
  }

  private static CreditPackage copy(CreditPackage p) {
    return new CreditPackage(
            p.id(),
            p.name(),
            p.credits(),
            p.price(),
            p.countryCode(),
            p.validityDays(),
            p.active(),
            p.createdAt())
        .atVersion(p.version());
  }

  private static ClassSchedule copy(ClassSchedule c) {
    return new ClassSchedule(
            c.id(),
            c.title(),
            c.description(),
            c.countryCode(),
            c.startTime(),
            c.endTime(),
            c.capacity(),
            c.requiredCredits(),
            c.active(),
            c.cancelled())
        .atVersion(c.version());
  }

  private static <T> Uni<T> item(T value) {
    return Uni.createFrom().item(value);
  }
}
