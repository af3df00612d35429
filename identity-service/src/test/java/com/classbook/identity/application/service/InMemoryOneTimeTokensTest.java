package com.classbook.identity.application.service;

import com.classbook.identity.application.port.out.OneTimeTokenRepository;
import com.classbook.identity.application.port.out.OneTimeTokenRepositoryContract;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/** The fake of the use-case tests keeps the contract of the MariaDB adapter. */
class InMemoryOneTimeTokensTest extends OneTimeTokenRepositoryContract {

  private final IdentityFakes.OneTimeTokens tokens = new IdentityFakes.OneTimeTokens();

  @Override
  protected OneTimeTokenRepository repository() {
    return tokens;
  }

  @Override
  protected <T> T inTransaction(Supplier<Uni<T>> work) {
    return work.get().await().indefinitely();
  }
}
