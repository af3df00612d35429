package com.classbook.identity.application.service;

import com.classbook.identity.application.port.out.RefreshTokenRepository;
import com.classbook.identity.application.port.out.RefreshTokenRepositoryContract;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/** The fake of the use-case tests keeps the contract of the MariaDB adapter. */
class InMemoryRefreshTokensTest extends RefreshTokenRepositoryContract {

  private final IdentityFakes.RefreshTokens tokens = new IdentityFakes.RefreshTokens();

  @Override
  protected RefreshTokenRepository repository() {
    return tokens;
  }

  @Override
  protected <T> T inTransaction(Supplier<Uni<T>> work) {
    return work.get().await().indefinitely();
  }
}
