package com.classbook.identity.adapter.out.persistence;

import com.classbook.identity.application.port.out.RefreshTokenRepository;
import com.classbook.identity.application.port.out.RefreshTokenRepositoryContract;
import com.classbook.identity.application.port.out.TransactionRunner;
import com.classbook.platform.testing.OnVertx;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The MariaDB adapter keeps the contract the fake of the use-case tests keeps. */
@QuarkusTest
class RefreshTokenPersistenceAdapterTest extends RefreshTokenRepositoryContract {

  @Inject RefreshTokenRepository tokens;
  @Inject TransactionRunner transactions;

  @Override
  protected RefreshTokenRepository repository() {
    return tokens;
  }

  @Override
  protected <T> T inTransaction(Supplier<Uni<T>> work) {
    return OnVertx.await(() -> transactions.inTransaction(work));
  }
}
