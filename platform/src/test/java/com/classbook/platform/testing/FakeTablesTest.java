package com.classbook.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FakeTablesTest {

  private final Map<String, Integer> rows = new LinkedHashMap<>(Map.of("a", 1));
  private final List<String> outbox = new ArrayList<>();
  private final FakeTables tables = FakeTables.of(rows, outbox);

  private Uni<Void> write(String key) {
    return Uni.createFrom()
        .voidItem()
        .invoke(
            () -> {
              rows.put(key, rows.size() + 1);
              outbox.add(key);
            });
  }

  private static <T> Uni<T> failure() {
    return Uni.createFrom().failure(new IllegalStateException("the work failed"));
  }

  @Test
  void aCommittedTransactionKeepsItsWrites() {
    tables.inTransaction(() -> write("b")).await().indefinitely();

    assertEquals(Map.of("a", 1, "b", 2), rows);
    assertEquals(List.of("b"), outbox);
  }

  @Test
  void aFailedTransactionLeavesTheTablesAsItFoundThem() {
    assertThrows(
        IllegalStateException.class,
        () ->
            tables
                .inTransaction(() -> write("b").chain(FakeTablesTest::failure))
                .await()
                .indefinitely());

    assertEquals(Map.of("a", 1), rows);
    assertEquals(List.of(), outbox);
  }

  @Test
  void workInsideATransactionJoinsIt() {
    tables
        .inTransaction(
            () ->
                write("b")
                    .chain(
                        () -> tables.inTransaction(() -> write("c").chain(FakeTablesTest::failure)))
                    .onFailure()
                    .recoverWithNull())
        .await()
        .indefinitely();

    assertEquals(Map.of("a", 1, "b", 2, "c", 3), rows, "a joined failure undoes nothing alone");

    assertThrows(
        IllegalStateException.class,
        () ->
            tables
                .inTransaction(
                    () -> write("d").chain(() -> tables.inTransaction(FakeTablesTest::failure)))
                .await()
                .indefinitely());
    assertEquals(Map.of("a", 1, "b", 2, "c", 3), rows, "the outermost failure undoes it all");
  }

  @Test
  void onlyMapsAndListsAreTables() {
    assertThrows(IllegalArgumentException.class, () -> FakeTables.of("not a table"));
  }
}
