package com.classbook.catalog.adapter.out.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Takes a row lock with plain {@code SELECT ... FOR UPDATE}: the dialect's {@code FOR UPDATE OF
 * alias} form is MySQL 8 only, and the catalog must run on MariaDB too.
 */
final class RowLocks {
  private RowLocks() {}

  /** Locks the row of {@code table} whose {@code column} equals {@code value}, if any. */
  static Uni<Void> lock(String table, String column, String value) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "SELECT 1 FROM " + table + " WHERE " + column + " = ?1 FOR UPDATE")
                    .setParameter(1, value)
                    .getResultList())
        .replaceWithVoid();
  }
}
