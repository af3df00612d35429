package com.classbook.identity.application.service;

import com.classbook.identity.application.port.out.UserRepository;
import com.classbook.identity.application.port.out.UserRepositoryContract;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/** The fake of the use-case tests keeps the contract of the MariaDB adapter. */
class InMemoryUsersTest extends UserRepositoryContract {

  private final IdentityFakes.Users users = new IdentityFakes.Users();

  @Override
  protected UserRepository repository() {
    return users;
  }

  @Override
  protected <T> T inTransaction(Supplier<Uni<T>> work) {
    return work.get().await().indefinitely();
  }
}
