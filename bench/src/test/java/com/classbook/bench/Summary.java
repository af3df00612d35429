package com.classbook.bench;

import static com.classbook.bench.BookingBenchmark.CATALOG_LAG;
import static com.classbook.bench.BookingBenchmark.FULL;
import static com.classbook.bench.BookingBenchmark.HOT;
import static com.classbook.bench.BookingBenchmark.LIST;
import static com.classbook.bench.BookingBenchmark.NGINX;
import static com.classbook.bench.BookingBenchmark.ONE;
import static com.classbook.bench.BookingBenchmark.PROMOTION;
import static com.classbook.bench.BookingBenchmark.RELAY_LAG;
import static com.classbook.bench.BookingBenchmark.SPREAD;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The one table of a run: every scenario, its ratio to its ceiling, the event lags, the ceilings. */
final class Summary {

  static final String BACKLOG = "lag: oldest pending outbox event";

  private record Row(String name, String ceiling, String target, boolean lag) {}

  private static final List<Row> ROWS =
      List.of(
          new Row(SPREAD, Ceilings.UPDATE, ">= 1000/s, p99 < 100 ms", false),
          new Row(HOT, Ceilings.LOCK_UPDATE, ">= 500/s, >= 0.8 x ceiling", false),
          new Row(FULL, NGINX, ">= 8000/s, p99 < 15 ms", false),
          new Row(LIST, NGINX, ">= 5000/s, p99 < 30 ms", false),
          new Row(ONE, NGINX, ">= 10000/s", false),
          new Row(PROMOTION, null, "p99 < 2 s", true),
          new Row(CATALOG_LAG, null, "", true),
          new Row(RELAY_LAG, null, "p99 < 1 s", true),
          new Row(BACKLOG, null, "", true),
          new Row(NGINX, null, "", false),
          new Row(Ceilings.LOCK, null, "", false),
          new Row(Ceilings.UPDATE, null, "", false),
          new Row(Ceilings.LOCK_UPDATE, null, "", false));

  /** The 1-minute load average when the benchmark started: other work on the machine shows here. */
  static final String LOAD_AT_START = loadAverage();

  private Summary() {}

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  static String render(
      BenchConfig cfg,
      long maxPending,
      SuiteDb.Drain before,
      SuiteDb.Drain drain,
      SuiteDb.Accounting accounting) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "classbook benchmark, %s, run %s%s%n"
                + "machine: %d cpus (nproc), %s memory, load average %s at the start; the load"
                + " generator runs on the same machine%n"
                + "gateway %s, booking concurrency %d, read concurrency %d, hot %d members x %d"
                + " classes, spread %d members x %d classes%n%n",
            ZonedDateTime.now(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
            cfg.runId,
            cfg.smoke ? " (SMOKE sizes: not a measurement)" : "",
            Runtime.getRuntime().availableProcessors(),
            memory(),
            LOAD_AT_START,
            cfg.gatewayUrl,
            cfg.concurrency,
            cfg.readConcurrency,
            cfg.hotMembers,
            cfg.hotClasses,
            cfg.spreadMembers,
            cfg.spreadClasses));
    String format = "%-40s %8s %7s %9s %9s %9s %9s %10s %6s  %s%n";
    out.append(
        String.format(
            Locale.ROOT,
            format,
            "scenario",
            "count",
            "errors",
            "per s",
            "p50 ms",
            "p95 ms",
            "p99 ms",
            "ceiling/s",
            "ratio",
            "target"));
    out.append("-".repeat(125)).append('\n');
    List<String> notes = new ArrayList<>();
    for (Row row : ROWS) {
      if (row.name().equals(NGINX)) {
        out.append("-".repeat(125)).append('\n');
      }
      Recorder.Snapshot s = Recorder.of(row.name()).snapshot();
      String ceiling = "";
      String ratio = "";
      if (row.ceiling() != null) {
        double c = Recorder.of(row.ceiling()).snapshot().throughput();
        ceiling = c > 0 ? String.format(Locale.ROOT, "%.0f", c) : "n/a";
        ratio = c > 0 ? String.format(Locale.ROOT, "%.2f", s.throughput() / c) : "";
      }
      String target = row.target();
      if (row.name().equals(BACKLOG)) {
        target = "max backlog " + maxPending + " events";
      }
      out.append(
          String.format(
              Locale.ROOT,
              format,
              row.name(),
              s.answers(),
              s.errors(),
              row.lag() ? "-" : String.format(Locale.ROOT, "%.0f", s.throughput()),
              ms(s.p50Micros()),
              ms(s.p95Micros()),
              ms(s.p99Micros()),
              ceiling,
              ratio,
              target));
      if (!s.errorKinds().isEmpty()) {
        StringBuilder kinds = new StringBuilder();
        for (Map.Entry<String, Long> e : s.errorKinds().entrySet()) {
          kinds.append(kinds.length() == 0 ? "" : ", ").append(e.getValue()).append(" x ");
          kinds.append(e.getKey());
        }
        notes.add("errors of " + row.name() + ": " + kinds);
      }
    }
    out.append("-".repeat(125)).append('\n');
    out.append(
        "ratio = scenario throughput / ceiling throughput (spread: guarded update; hot: lock +"
            + " update; reads and full class: nginx /healthz); lag rows: timeouts count with the"
            + " time waited\n");
    if (before != null && before.pendingAtEnd() > 0) {
      out.append(before.describe("before the run (left by earlier work)")).append('\n');
    }
    out.append(drain.describe("when the load ended")).append('\n');
    out.append(
        String.format(
            Locale.ROOT,
            "seat accounting of %d bench classes after the run: %d oversold, %d with free +"
                + " reserved + seated != capacity%n",
            accounting.classes(),
            accounting.oversold(),
            accounting.mismatched()));
    for (String detail : accounting.details()) {
      out.append("  ").append(detail).append('\n');
    }
    for (String note : notes) {
      out.append(note).append('\n');
    }
    return out.toString();
  }

  /** "ok", or why the run does not count: nothing measured, broken seat accounting, smoke errors. */
  static String verdict(BenchConfig cfg, SuiteDb.Accounting accounting) {
    List<String> problems = new ArrayList<>();
    for (String name : List.of(NGINX, LIST, ONE, FULL, HOT, SPREAD, PROMOTION, CATALOG_LAG)) {
      Recorder.Snapshot s = Recorder.of(name).snapshot();
      // A lag that timed out is still a measurement; a load scenario without one good answer is not.
      boolean lag = name.equals(PROMOTION) || name.equals(CATALOG_LAG);
      if (lag ? s.answers() == 0 : s.ok() == 0) {
        problems.add(name + ": nothing measured");
      }
      if (cfg.smoke && s.errors() > 0) {
        problems.add(name + ": " + s.errors() + " errors");
      }
    }
    if (accounting.oversold() > 0 || accounting.mismatched() > 0) {
      problems.add("seat accounting broken in " + accounting.details().size() + " classes");
    }
    return problems.isEmpty() ? "ok" : "FAILED: " + String.join("; ", problems);
  }

  private static String ms(long micros) {
    return micros < 0 ? "-" : String.format(Locale.ROOT, "%.1f", micros / 1000.0);
  }

  private static String memory() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kb = Long.parseLong(line.replaceAll("\\D", ""));
          return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return "unknown";
    }
    return "unknown";
  }
}
