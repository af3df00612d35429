package com.classbook.bench;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Everything the benchmark can be told, read from environment variables (deploy/local/bench.sh
 * sets them; its defaults are the local suite of deploy/local/run.sh). Sizes come from the normal
 * profile, scaled by BENCH_SCALE, or from the smoke profile (BENCH_SMOKE=1: every scenario tiny);
 * each can also be set on its own.
 */
final class BenchConfig {

  final String gatewayUrl;
  final Path jwtPrivateKey;
  final String jwtIssuer;
  final String jwtAudience;
  final String redisUrl;
  final String dbHost;
  final int dbPort;
  final String benchSchema;
  final String benchDbUser;
  final String benchDbPassword;
  final String bookingSchema;
  final String waitlistSchema;
  final String adminEmail;
  final String adminPassword;
  final String country;
  final boolean smoke;
  final double scale;
  final String runId;
  final Path outDir;

  /** Connections of the booking scenario and threads of the database and Redis ceilings. */
  final int concurrency;

  /** Connections of the read-only scenarios (browsing, full class) and of the nginx ceiling. */
  final int readConcurrency;

  final int ceilingSeconds;

  /** Length of the unmeasured warm-up that runs every path once the setup is done. */
  final int warmupSeconds;

  final int warmupClasses;

  /** How long the run waits after the load for booking-service's outbox to drain. */
  final int drainSeconds;

  /** Time cap of each load scenario: it stops then even with requests left. */
  final int scenarioSeconds;
  final int spreadMembers;
  final int spreadClasses;
  final int hotMembers;
  final int hotClasses;
  final int fullRequests;
  final int listRequests;
  final int classRequests;
  final int nginxRequests;
  final int probesMin;
  final int probesMax;
  final int promotionsMin;
  final int promotionsMax;

  /** Lifetime of the minted member tokens; a run must end within it. */
  final int tokenMinutes;

  private BenchConfig() {
    gatewayUrl = stripSlash(env("GATEWAY_URL", "http://127.0.0.1:8080"));
    String var = env("BENCH_VAR", "var");
    jwtPrivateKey = Path.of(env("BENCH_JWT_KEY", var + "/keys/jwt-private.pem"));
    jwtIssuer = env("JWT_ISSUER", "https://classbook.local/identity");
    jwtAudience = env("JWT_AUDIENCE", "classbook");
    redisUrl = env("REDIS_URL", "redis://127.0.0.1:6379");
    dbHost = env("DB_HOST", "127.0.0.1");
    dbPort = Integer.parseInt(env("DB_PORT", "3306"));
    benchSchema = env("BENCH_DB_SCHEMA", "classbook_bench");
    benchDbUser = env("BENCH_DB_USER", "classbook_bench");
    benchDbPassword = env("BENCH_DB_PASSWORD", "bench-local-pw");
    bookingSchema = env("BOOKING_SCHEMA", "booking");
    waitlistSchema = env("WAITLIST_SCHEMA", bookingSchema.replaceFirst("^booking", "waitlist"));
    adminEmail = env("ADMIN_EMAIL", "admin@example.com");
    adminPassword = env("ADMIN_PASSWORD", "Admin123456!");
    country = env("BENCH_COUNTRY", "SG").toUpperCase(Locale.ROOT);
    smoke = "1".equals(env("BENCH_SMOKE", "0")) || "true".equals(env("BENCH_SMOKE", "0"));
    scale = smoke ? 1.0 : Double.parseDouble(env("BENCH_SCALE", "1"));
    if (!(scale > 0)) {
      throw new IllegalArgumentException("BENCH_SCALE must be a positive number");
    }
    runId =
        env(
            "BENCH_RUN_ID",
            LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    outDir = Path.of(env("BENCH_OUT", var + "/bench"));
    concurrency = intEnv("BENCH_CONCURRENCY", smoke ? 4 : 16);
    readConcurrency = intEnv("BENCH_READ_CONCURRENCY", smoke ? 4 : 32);
    ceilingSeconds = intEnv("BENCH_CEILING_SECONDS", smoke ? 1 : 5);
    scenarioSeconds = intEnv("BENCH_SCENARIO_SECONDS", smoke ? 20 : 40);
    warmupSeconds = intEnv("BENCH_WARMUP_SECONDS", smoke ? 2 : 15);
    warmupClasses = smoke ? 2 : 10;
    drainSeconds = intEnv("BENCH_DRAIN_SECONDS", smoke ? 30 : 60);
    spreadMembers = intEnv("BENCH_SPREAD_MEMBERS", smoke ? 6 : scaled(150));
    spreadClasses = intEnv("BENCH_SPREAD_CLASSES", smoke ? 4 : 60);
    hotMembers = intEnv("BENCH_HOT_MEMBERS", smoke ? 10 : 200);
    hotClasses = intEnv("BENCH_HOT_CLASSES", smoke ? 1 : scaled(5));
    fullRequests = intEnv("BENCH_FULL_REQUESTS", smoke ? 100 : scaled(20_000));
    listRequests = intEnv("BENCH_LIST_REQUESTS", smoke ? 50 : scaled(10_000));
    classRequests = intEnv("BENCH_CLASS_REQUESTS", smoke ? 100 : scaled(20_000));
    nginxRequests = intEnv("BENCH_NGINX_REQUESTS", smoke ? 200 : scaled(30_000));
    probesMin = smoke ? 2 : 5;
    probesMax = intEnv("BENCH_LAG_PROBES", smoke ? 2 : 60);
    promotionsMin = smoke ? 2 : 5;
    promotionsMax = intEnv("BENCH_PROMOTIONS", smoke ? 2 : 30);
    tokenMinutes = intEnv("BENCH_TOKEN_MINUTES", 60);
  }

  static BenchConfig fromEnv() {
    return new BenchConfig();
  }

  String jdbcUrl(String schema) {
    return "jdbc:mysql://"
        + dbHost
        + ":"
        + dbPort
        + "/"
        + schema
        + "?sslMode=DISABLED&allowPublicKeyRetrieval=true&useServerPrepStmts=true"
        + "&cachePrepStmts=true&connectTimeout=5000&connectionTimeZone=UTC";
  }

  /** The members of the lag probes and the promotions are bought for the maximum counts. */
  int membersWithPackages() {
    return spreadMembers + hotMembers + probesMax + 2 * promotionsMax + readConcurrency + 1;
  }

  /** Credits one bench member may need: one per spread class, one per hot class. */
  int creditsPerMember() {
    return Math.max(Math.max(spreadClasses, hotClasses), warmupClasses) + 1;
  }

  private int scaled(int normal) {
    return Math.max(1, (int) Math.round(normal * scale));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  private static int intEnv(String name, int fallback) {
    String value = env(name, null);
    if (value == null) {
      return fallback;
    }
    int parsed = Integer.parseInt(value);
    if (parsed < 1) {
      throw new IllegalArgumentException(name + " must be at least 1");
    }
    return parsed;
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
