package com.classbook.platform.testing;

import io.quarkus.reactive.mysql.client.MySQLPoolCreator;
import io.vertx.mysqlclient.MySQLPool;
import io.vertx.sqlclient.Pool;

/**
 * The reactive pool of a service whose connections never wait for a row lock: every new connection
 * sets {@code innodb_lock_wait_timeout = 0} (MariaDB), so a statement that meets a row the test
 * holds fails at once with error 1205, like a deadlock victim or a lock wait that timed out. A
 * service's tests enable it through an {@code @Alternative} {@link MySQLPoolCreator} bean of their
 * own that returns {@link #pool}, in the Quarkus test profile of the test that needs it.
 */
public final class NoLockWaits {
  private NoLockWaits() {}

  public static Pool pool(MySQLPoolCreator.Input input) {
    return MySQLPool.pool(input.vertx(), input.mySQLConnectOptionsList(), input.poolOptions())
        .connectHandler(
            connection ->
                connection
                    .query("SET SESSION innodb_lock_wait_timeout = 0")
                    .execute()
                    .onComplete(done -> connection.close()));
  }
}
