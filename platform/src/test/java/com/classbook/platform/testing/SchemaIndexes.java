package com.classbook.platform.testing;

import java.util.List;

/** Reads the indexes of a service's test schema from information_schema. */
public record SchemaIndexes(String schema, String user) {

  /** The schema {@code <service>_test} that the module tests of a service migrate. */
  public static SchemaIndexes ofTestSchema(String service) {
    return new SchemaIndexes(service + "_test", service);
  }

  /** The column names of an index, in index order; empty when the index does not exist. */
  public List<String> columns(String table, String index) {
    return strings(
        "SELECT column_name FROM information_schema.statistics WHERE table_schema = ?"
            + " AND table_name = ? AND index_name = ? ORDER BY seq_in_index",
        table,
        index);
  }

  /** Whether the index rejects duplicate keys. */
  public boolean unique(String table, String index) {
    return strings(
            "SELECT DISTINCT non_unique FROM information_schema.statistics WHERE table_schema = ?"
                + " AND table_name = ? AND index_name = ?",
            table,
            index)
        .equals(List.of("0"));
  }

  private List<String> strings(String sql, String table, String index) {
    return new TestSchema(schema, user).strings(sql, schema, table, index);
  }
}
