package com.classbook.booking.support;

import com.classbook.platform.testing.NoLockWaits;
import io.quarkus.reactive.mysql.client.MySQLPoolCreator;
import io.vertx.sqlclient.Pool;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * The service's database connections fail at once on a row the test holds (lock wait timeout 0), as
 * under a deadlock or a timed-out lock wait. Only the tests of transient consumer failures enable
 * it, through their test profile.
 */
@Alternative
@Singleton
public class NoLockWaitsPool implements MySQLPoolCreator {
  @Override
  public Pool create(Input input) {
    return NoLockWaits.pool(input);
  }
}
