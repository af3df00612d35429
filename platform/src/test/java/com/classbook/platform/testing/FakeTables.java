package com.classbook.platform.testing;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The tables of a service's in-memory fakes, kept as the database keeps them: a transaction that
 * fails leaves its rows and outbox as it found them. What is not in the database (a Redis counter,
 * a sent mail) is not registered and stays.
 */
public final class FakeTables {
  private final List<Map<Object, Object>> maps = new ArrayList<>();
  private final List<List<Object>> lists = new ArrayList<>();
  private int depth;

  private FakeTables() {}

  /** The fakes' rows (maps by key) and outboxes (lists) that a failed transaction restores. */
  @SuppressWarnings("unchecked")
  public static FakeTables of(Object... tables) {
    FakeTables fake = new FakeTables();
    for (Object table : tables) {
      if (table instanceof Map<?, ?> map) {
        fake.maps.add((Map<Object, Object>) map);
      } else if (table instanceof List<?> list) {
        fake.lists.add((List<Object>) list);
      } else {
        throw new IllegalArgumentException("a table is a Map or a List: " + table);
      }
    }
    return fake;
  }

  /** What every table holds now, and how to put it back. */
  public Runnable snapshot() {
    List<Map<Object, Object>> rows = new ArrayList<>();
    maps.forEach(map -> rows.add(new LinkedHashMap<>(map)));
    List<List<Object>> entries = new ArrayList<>();
    lists.forEach(list -> entries.add(new ArrayList<>(list)));
    return () -> {
      for (int i = 0; i < maps.size(); i++) {
        maps.get(i).clear();
        maps.get(i).putAll(rows.get(i));
      }
      for (int i = 0; i < lists.size(); i++) {
        lists.get(i).clear();
        lists.get(i).addAll(entries.get(i));
      }
    };
  }

  /**
   * Runs the work at once as one transaction: a failure restores every table, then goes on. Work
   * inside a running transaction joins it, as the services' transactions do: only the outermost one
   * rolls back.
   */
  public <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
    return Uni.createFrom()
        .deferred(
            () -> {
              if (depth > 0) {
                return work.get();
              }
              Runnable rollback = snapshot();
              depth++;
              return Uni.createFrom()
                  .<T>deferred(work::get)
                  .onTermination()
                  .invoke(() -> depth--)
                  .onFailure()
                  .invoke(failure -> rollback.run());
            });
  }
}
