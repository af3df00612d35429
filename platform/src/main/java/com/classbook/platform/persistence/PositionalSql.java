package com.classbook.platform.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A statement written with numbered parameters ({@code ?1 ... ?n}, in any order and repeated, as
 * Hibernate native queries take them) rewritten once for the reactive MySQL client, which binds
 * plain {@code ?} markers in order.
 */
record PositionalSql(String sql, int[] order) {

  /** Rewrites of constant statements are kept; built statements beyond this many are not. */
  private static final int KEPT = 512;

  private static final Map<String, PositionalSql> REWRITTEN = new ConcurrentHashMap<>();

  static PositionalSql of(String numbered) {
    PositionalSql known = REWRITTEN.get(numbered);
    if (known != null) {
      return known;
    }
    PositionalSql rewritten = rewrite(numbered);
    if (REWRITTEN.size() < KEPT) {
      REWRITTEN.putIfAbsent(numbered, rewritten);
    }
    return rewritten;
  }

  static PositionalSql rewrite(String numbered) {
    StringBuilder sql = new StringBuilder(numbered.length());
    List<Integer> order = new ArrayList<>();
    int i = 0;
    while (i < numbered.length()) {
      char c = numbered.charAt(i);
      if (c == '\'') {
        // A string literal is copied as it is: a '?' inside it is no parameter.
        int end = numbered.indexOf('\'', i + 1);
        end = end < 0 ? numbered.length() - 1 : end;
        sql.append(numbered, i, end + 1);
        i = end + 1;
        continue;
      }
      if (c == '?') {
        int digits = i + 1;
        while (digits < numbered.length() && Character.isDigit(numbered.charAt(digits))) {
          digits++;
        }
        if (digits == i + 1) {
          throw new IllegalArgumentException("unnumbered parameter at " + i + ": " + numbered);
        }
        order.add(Integer.parseInt(numbered.substring(i + 1, digits)) - 1);
        sql.append('?');
        i = digits;
        continue;
      }
      sql.append(c);
      i++;
    }
    return new PositionalSql(sql.toString(), order.stream().mapToInt(Integer::intValue).toArray());
  }

  /** The values in the order of the rewritten markers. */
  List<Object> bind(Object[] numberedValues) {
    List<Object> values = new ArrayList<>(order.length);
    for (int index : order) {
      if (index < 0 || index >= numberedValues.length) {
        throw new IllegalArgumentException(
            "parameter ?" + (index + 1) + " has no value (" + numberedValues.length + " given)");
      }
      values.add(numberedValues[index]);
    }
    return values;
  }
}
