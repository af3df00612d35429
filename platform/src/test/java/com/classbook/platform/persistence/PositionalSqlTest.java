package com.classbook.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PositionalSqlTest {

  @Test
  void numberedParametersBecomeMarkersBoundInTheirOrderOfUse() {
    PositionalSql statement =
        PositionalSql.rewrite("UPDATE t SET a = ?2, b = ?13 WHERE id = ?1 AND v = ?2");

    assertEquals("UPDATE t SET a = ?, b = ? WHERE id = ? AND v = ?", statement.sql());
    Object[] values = new Object[13];
    values[0] = "id";
    values[1] = "two";
    values[12] = 13;
    assertEquals(List.of("two", 13, "id", "two"), statement.bind(values));
  }

  @Test
  void aQuestionMarkInAStringLiteralIsNoParameter() {
    PositionalSql statement = PositionalSql.rewrite("SELECT 'why?' FROM t WHERE id = ?1");

    assertEquals("SELECT 'why?' FROM t WHERE id = ?", statement.sql());
  }

  @Test
  void aParameterWithoutValueOrNumberIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> PositionalSql.rewrite("SELECT * FROM t WHERE id = ?2").bind(new Object[] {"one"}));
    assertThrows(
        IllegalArgumentException.class,
        () -> PositionalSql.rewrite("SELECT * FROM t WHERE id = ?"));
  }
}
