package com.classbook.identity.adapter.out.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import com.classbook.identity.application.port.out.PasswordHasher;
import com.classbook.identity.domain.RetryLater;
import com.classbook.identity.domain.Secrets;
import com.classbook.platform.reactive.VertxContexts;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * bcrypt ($2a$) on a bounded pool of its own: a hash takes tens to hundreds of milliseconds, must
 * never run on an event loop, and must not starve the worker pool either. When every thread is busy
 * and the queue is full, the request is refused at once (503 with Retry-After) instead of waiting
 * behind a flood. Passwords longer than bcrypt's 72-byte input are pre-hashed with SHA-512 instead
 * of being silently truncated.
 */
@ApplicationScoped
public class BcryptPasswordHasher implements PasswordHasher {
  private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;
  private static final LongPasswordStrategy LONG = LongPasswordStrategies.hashSha512(VERSION);

  private final int cost;
  private final ThreadPoolExecutor executor;
  private volatile String dummyHash;

  public BcryptPasswordHasher(
      @ConfigProperty(name = "classbook.password.bcrypt-cost") int cost,
      @ConfigProperty(name = "classbook.password.hashing-threads") Optional<Integer> threads,
      @ConfigProperty(name = "classbook.password.hashing-queue") int queue) {
    if (cost < 10 || cost > 16) {
      throw new IllegalArgumentException("bcrypt cost must be between 10 and 16, was " + cost);
    }
    this.cost = cost;
    int size = threads.orElse(Runtime.getRuntime().availableProcessors());
    AtomicInteger next = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            size,
            size,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(queue),
            runnable -> {
              Thread thread = new Thread(runnable, "password-hashing-" + next.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            },
            new ThreadPoolExecutor.AbortPolicy());
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
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

  private <T> Uni<T> offloaded(Supplier<T> work) {
    return VertxContexts.resumeOnCaller(
        Uni.createFrom()
            .item(work)
            .runSubscriptionOn(executor)
            .onFailure(RejectedExecutionException.class)
            .transform(full -> RetryLater.busy(1)));
  }
}
