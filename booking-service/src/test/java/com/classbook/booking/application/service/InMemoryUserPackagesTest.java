package com.classbook.booking.application.service;

import com.classbook.booking.application.port.out.UserPackageRepository;
import com.classbook.booking.application.port.out.UserPackageRepositoryContract;
import com.classbook.booking.domain.UserPackage;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/** The fake of the use-case tests keeps the contract of the MariaDB adapter. */
class InMemoryUserPackagesTest extends UserPackageRepositoryContract {

  private final BookingFakes fakes = new BookingFakes();

  @Override
  protected UserPackageRepository repository() {
    return fakes.wallet;
  }

  @Override
  protected <T> T inTransaction(Supplier<Uni<T>> work) {
    return work.get().await().indefinitely();
  }

  @Override
  protected void givenPackage(UserPackage userPackage) {
    fakes.packages.put(userPackage.id(), userPackage);
  }
}
