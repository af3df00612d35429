package com.classbook.identity.adapter.out.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import com.classbook.identity.application.port.out.PasswordHasher;
import com.classbook.identity.domain.Secrets;
import com.classbook.platform.reactive.VertxContexts;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * bcrypt ($2a$) on the worker pool: a hash takes tens to hundreds of milliseconds and must never
 * run on an event loop. Passwords longer than bcrypt's 72-byte input are pre-hashed with SHA-512
 * instead of being silently truncated.
 */
@ApplicationScoped
public class BcryptPasswordHasher implements PasswordHasher {
  private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;
  private static final LongPasswordStrategy LONG = LongPasswordStrategies.hashSha512(VERSION);

  private final int cost;
  private volatile String dummyHash;

  public BcryptPasswordHasher(@ConfigProperty(name = "classbook.password.bcrypt-cost") int cost) {
    if (cost < 10 || cost > 16) {
      throw new IllegalArgumentException("bcrypt cost must be between 10 and 16, was " + cost);
    }
    this.cost = cost;
  }

  @Override
  public Uni<String> hash(String password) {
    return offloaded(() -> hashNow(password));
  }

  @Override
  public Uni<Boolean> verify(String password, String hash) {
    return offloaded(() -> verifyNow(password, hash));
  }

  @Override
  public Uni<Void> verifyAgainstDummy(String password) {
    return offloaded(() -> verifyNow(password, dummy())).replaceWithVoid();
  }

  private String hashNow(String password) {
    return BCrypt.with(VERSION, LONG).hashToString(cost, password.toCharArray());
  }

  private boolean verifyNow(String password, String hash) {
    return BCrypt.verifyer(VERSION, LONG).verify(password.toCharArray(), hash).verified;
  }

  private String dummy() {
    String hash = dummyHash;
    if (hash == null) {
      hash = hashNow(Secrets.random(16));
      dummyHash = hash;
    }
    return hash;
  }

  private static <T> Uni<T> offloaded(Supplier<T> work) {
    return VertxContexts.resumeOnCaller(
        Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
  }
}
