package com.classbook.waitlist.adapter.out.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A class's waitlist lock as a MariaDB named lock ({@code GET_LOCK}), held by a connection of its
 * own for the time of the work: the stand-in for the Redis lock while Redis is away, so that
 * promotions and departures of one queue still take turns across instances.
 */
@ApplicationScoped
public class MariaDbClassLock {

  private final Pool pool;
  private final long waitSeconds;

  public MariaDbClassLock(
      Pool pool,
      @ConfigProperty(name = "classbook.waitlist.lock.wait", defaultValue = "PT5S") Duration wait) {
    this.pool = pool;
    this.waitSeconds = Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  static String name(String classId) {
    return "waitlist:class:" + classId;
  }

  /** Runs {@code work} holding the named lock; empty when it was not granted within the wait. */
  public <T> Uni<Granted<T>> withLock(String classId, Supplier<Uni<T>> work) {
    return pool.withConnection(
        connection ->
            connection
                .preparedQuery("SELECT GET_LOCK(?, ?)")
                .execute(Tuple.of(name(classId), waitSeconds))
                .map(rows -> Long.valueOf(1).equals(rows.iterator().next().getLong(0)))
                .chain(
                    granted ->
                        granted
                            ? Uni.createFrom()
                                .<T>deferred(work::get)
                                .onTermination()
                                .call(() -> release(connection, classId))
                                .map(Granted::of)
                            : Uni.createFrom().item(Granted.<T>refused())));
  }

  private static Uni<Void> release(SqlConnection connection, String classId) {
    return connection
        .preparedQuery("SELECT RELEASE_LOCK(?)")
        .execute(Tuple.of(name(classId)))
        .replaceWithVoid()
        // A release fails when the connection is gone, and the server ends the lock with it.
        .onFailure()
        .recoverWithNull();
  }

  /** The work's outcome, or that the lock was not granted. */
  public record Granted<T>(boolean granted, T value) {
    static <T> Granted<T> of(T value) {
      return new Granted<>(true, value);
    }

    static <T> Granted<T> refused() {
      return new Granted<>(false, null);
    }
  }
}
