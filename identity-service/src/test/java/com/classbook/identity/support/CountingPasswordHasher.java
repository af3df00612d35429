package com.classbook.identity.support;

import com.classbook.identity.adapter.out.security.BcryptPasswordHasher;
import com.classbook.identity.application.port.out.PasswordHasher;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.concurrent.atomic.AtomicInteger;

/** The real hasher, counting how many new hashes were asked for, so tests can see skipped work. */
@Alternative
@Priority(1)
@ApplicationScoped
public class CountingPasswordHasher implements PasswordHasher {
  public static final AtomicInteger HASHES = new AtomicInteger();

  private final BcryptPasswordHasher bcrypt;

  public CountingPasswordHasher(BcryptPasswordHasher bcrypt) {
    this.bcrypt = bcrypt;
  }

  @Override
  public Uni<String> hash(String password) {
    HASHES.incrementAndGet();
    return bcrypt.hash(password);
  }

  @Override
  public Uni<Boolean> verify(String password, String hash) {
    return bcrypt.verify(password, hash);
  }

  @Override
  public Uni<Void> verifyAgainstDummy(String password) {
    return bcrypt.verifyAgainstDummy(password);
  }
}
