package com.classbook.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one scenario (or ceiling, or lag probe) measured: answers as expected, unexpected answers by
 * kind, latencies in microseconds and the time window of the answers, for throughput.
 */
final class Recorder {

  /** Every recorder of the run, in the order they were first used. */
  private static final Map<String, Recorder> ALL = new ConcurrentHashMap<>();

  private static final List<String> ORDER = new ArrayList<>();

  final String name;
  private long expected;
  private long ok;
  private final Map<String, Long> errors = new TreeMap<>();
  private long[] micros = new long[1024];
  private int size;
  private long firstStartMs = Long.MAX_VALUE;
  private long lastEndMs = Long.MIN_VALUE;
  private long windowNanos = -1;

  private Recorder(String name) {
    this.name = name;
  }

  static Recorder of(String name) {
    return ALL.computeIfAbsent(
        name,
        n -> {
          synchronized (ORDER) {
            ORDER.add(n);
          }
          return new Recorder(n);
        });
  }

  static List<Recorder> all() {
    synchronized (ORDER) {
      return ORDER.stream().map(ALL::get).toList();
    }
  }

  synchronized Recorder expect(long count) {
    this.expected = count;
    return this;
  }

  /** One answer that took {@code latencyMicros} and arrived at {@code endMs} (epoch millis). */
  synchronized void record(long endMs, long latencyMicros, String errorKind) {
    if (latencyMicros >= 0) {
      if (size == micros.length) {
        micros = Arrays.copyOf(micros, size * 2);
      }
      micros[size++] = latencyMicros;
      firstStartMs = Math.min(firstStartMs, endMs - latencyMicros / 1000);
    } else {
      firstStartMs = Math.min(firstStartMs, endMs);
    }
    lastEndMs = Math.max(lastEndMs, endMs);
    if (errorKind == null) {
      ok++;
    } else {
      errors.merge(errorKind, 1L, Long::sum);
    }
  }

  /** For measurements that time their own window (the ceilings). */
  synchronized void window(long nanos) {
    this.windowNanos = nanos;
  }

  synchronized Snapshot snapshot() {
    long[] sorted = Arrays.copyOf(micros, size);
    Arrays.sort(sorted);
    long errorCount = errors.values().stream().mapToLong(Long::longValue).sum();
    double seconds =
        windowNanos > 0
            ? windowNanos / 1e9
            : (lastEndMs > firstStartMs ? (lastEndMs - firstStartMs) / 1000.0 : 0);
    return new Snapshot(
        name,
        expected,
        ok,
        errorCount,
        new LinkedHashMap<>(errors),
        seconds,
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 99),
        sorted.length == 0 ? -1 : sorted[sorted.length - 1],
        firstStartMs,
        lastEndMs);
  }

  private static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return -1;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  record Snapshot(
      String name,
      long expected,
      long ok,
      long errors,
      Map<String, Long> errorKinds,
      double seconds,
      long p50Micros,
      long p95Micros,
      long p99Micros,
      long maxMicros,
      long firstStartMs,
      long lastEndMs) {

    long answers() {
      return ok + errors;
    }

    /** Expected answers per second over the scenario's own window. */
    double throughput() {
      return seconds > 0 ? ok / seconds : 0;
    }
  }
}
