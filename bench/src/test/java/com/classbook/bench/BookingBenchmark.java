package com.classbook.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.roundRobinSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load benchmark of the suite: ceilings of the machine, then browsing, full-class rejects, a
 * hot class and many members booking many classes, with a cancellation-with-waitlist and event-lag
 * probes running during the last. See docs/benchmarks.md; run it with deploy/local/bench.sh.
 */
public class BookingBenchmark extends Simulation {

  static final String SPREAD = "a spread: many members, many classes";
  static final String HOT = "b hot: members racing for one class";
  static final String FULL = "c full class: 409 CLASS_FULL";
  static final String LIST = "d browse: list classes";
  static final String ONE = "d browse: one class";
  static final String PROMOTION = "e promotion: cancel -> PROMOTED";
  static final String CATALOG_LAG = "lag: booking 201 -> catalog slots";
  static final String RELAY_LAG = "lag: outbox commit -> published";
  static final String NGINX = "ceiling: nginx /healthz";
  static final String WARMUP = "warm-up (not measured)";

  /** A lag probe or promotion that waited this long counts as an error, with its waited time. */
  private static final long LAG_TIMEOUT_MS = 30_000;

  private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z_]+)\"");

  private static final BenchConfig CFG = BenchConfig.fromEnv();

  // Filled by before(): the bench's classes and members (tokens), taken by the virtual users.
  private static final Queue<String[]> spreadWork = new ConcurrentLinkedQueue<>();
  private static final Queue<String[]> warmupWork = new ConcurrentLinkedQueue<>();
  private static final Queue<String> hotMembers = new ConcurrentLinkedQueue<>();
  private static final Queue<String> probeMembers = new ConcurrentLinkedQueue<>();
  private static final Queue<String[]> promotionPairs = new ConcurrentLinkedQueue<>();
  private static final List<String> spreadClasses = Collections.synchronizedList(new ArrayList<>());
  private static final List<String> hotClasses = Collections.synchronizedList(new ArrayList<>());
  private static final List<String> askers = Collections.synchronizedList(new ArrayList<>());
  private static final List<String> allClasses = Collections.synchronizedList(new ArrayList<>());
  private static volatile String fullClass;
  private static volatile String probeClass;

  private static final AtomicInteger nginxLeft = new AtomicInteger(CFG.nginxRequests);
  private static final AtomicInteger listLeft = new AtomicInteger(CFG.listRequests);
  private static final AtomicInteger oneLeft = new AtomicInteger(CFG.classRequests);
  private static final AtomicInteger fullLeft = new AtomicInteger(CFG.fullRequests);
  private static final AtomicInteger probesBooked = new AtomicInteger();
  private static final Map<String, Long> deadlines = new ConcurrentHashMap<>();

  private final SuiteDb db = new SuiteDb(CFG);
  private Progress progress;
  private long startedMs;
  private SuiteDb.Drain initialBacklog;

  {
    Recorder.of(NGINX).expect(CFG.nginxRequests);
    Recorder.of(LIST).expect(CFG.listRequests);
    Recorder.of(ONE).expect(CFG.classRequests);
    Recorder.of(FULL).expect(CFG.fullRequests);
    Recorder.of(HOT).expect((long) CFG.hotMembers * CFG.hotClasses);
    Recorder.of(SPREAD).expect((long) CFG.spreadMembers * CFG.spreadClasses);

    HttpProtocolBuilder protocol =
        http.baseUrl(CFG.gatewayUrl)
            .acceptHeader("application/json")
            .userAgentHeader("classbook-bench")
            .disableWarmUp()
            .disableCaching();

    ScenarioBuilder nginx =
        scenario(NGINX)
            .asLongAs(session -> more(NGINX, nginxLeft))
            .on(measured(http("nginx /healthz").get("/healthz"), false, 200, NGINX, null));

    ScenarioBuilder list =
        scenario(LIST)
            .asLongAs(session -> more(LIST, listLeft))
            .on(
                measured(
                    http("browse: list").get("/api/v1/classes?country=" + CFG.country + "&size=20"),
                    false,
                    200,
                    LIST,
                    null));

    ScenarioBuilder one =
        scenario(ONE)
            .asLongAs(session -> more(ONE, oneLeft))
            .on(
                exec(session -> session.set("classId", pick(spreadClasses)))
                    .exec(
                        measured(
                            http("browse: one class").get("/api/v1/classes/#{classId}"),
                            false,
                            200,
                            ONE,
                            null)));

    ScenarioBuilder full =
        scenario(FULL)
            .asLongAs(session -> more(FULL, fullLeft))
            .on(
                exec(session -> session.set("token", pick(askers)).set("classId", fullClass))
                    .exec(measured(book("full class: book"), true, 409, FULL, "CLASS_FULL")));

    ScenarioBuilder hot =
        scenario(HOT)
            .exec(session -> session.set("token", hotMembers.poll()).set("round", 0))
            .asLongAs(session -> session.getInt("round") < CFG.hotClasses && inTime(HOT))
            .on(
                exec(session -> session.set("classId", hotClasses.get(session.getInt("round"))))
                    .exec(measured(book("hot: book"), true, 201, HOT, null))
                    .exec(session -> session.set("round", session.getInt("round") + 1)));

    ScenarioBuilder spread =
        scenario(SPREAD)
            .exec(BookingBenchmark::takeSpreadWork)
            .asLongAs(session -> session.getBoolean("work"))
            .on(
                exec(measured(book("spread: book"), true, 201, SPREAD, null))
                    .exec(BookingBenchmark::takeSpreadWork));

    // Warm-up: the services' JIT compilers see every path of the measured scenarios first.
    ScenarioBuilder warmup =
        scenario(WARMUP)
            .asLongAs(session -> inTime(WARMUP))
            .on(
                roundRobinSwitch()
                    .on(
                        measured(
                            http("warm-up: list")
                                .get("/api/v1/classes?country=" + CFG.country + "&size=20"),
                            false,
                            200,
                            WARMUP,
                            null),
                        exec(session -> session.set("classId", pick(spreadClasses)))
                            .exec(
                                measured(
                                    http("warm-up: one class").get("/api/v1/classes/#{classId}"),
                                    false,
                                    200,
                                    WARMUP,
                                    null)),
                        exec(session -> session.set("token", pick(askers)).set("classId", fullClass))
                            .exec(
                                measured(
                                    book("warm-up: full class"), true, 409, WARMUP, "CLASS_FULL")),
                        exec(BookingBenchmark::takeWarmupWork)
                            .doIf(session -> session.getBoolean("work"))
                            .then(measured(book("warm-up: book"), true, 201, WARMUP, null))));

    setUp(
            warmup
                .injectOpen(atOnceUsers(CFG.readConcurrency))
                .andThen(
            nginx
                .injectOpen(atOnceUsers(CFG.readConcurrency))
                .andThen(
                    list.injectOpen(atOnceUsers(CFG.readConcurrency))
                        .andThen(
                            one.injectOpen(atOnceUsers(CFG.readConcurrency))
                                .andThen(
                                    full.injectOpen(atOnceUsers(CFG.readConcurrency))
                                        .andThen(
                                            hot.injectOpen(atOnceUsers(CFG.hotMembers))
                                                .andThen(
                                                    spread.injectOpen(
                                                        atOnceUsers(CFG.concurrency)),
                                                    lagProbe().injectOpen(atOnceUsers(1)),
                                                    promotion().injectOpen(atOnceUsers(1)))))))))
        .protocols(protocol)
        .maxDuration(Duration.ofMinutes(CFG.smoke ? 5 : 30));
  }

  // ---------------------------------------------------------------- requests and recording

  private static HttpRequestActionBuilder book(String name) {
    return http(name)
        .post("/api/v1/bookings")
        .header("Authorization", "Bearer #{token}")
        .body(StringBody("{\"classId\":\"#{classId}\"}"))
        .asJson();
  }

  /**
   * The request, then its outcome into the scenario's recorder: the expected status (and problem
   * code) counts as done, anything else as an error of its kind. Gatling's report sees the same
   * outcome through the status check.
   */
  private static ChainBuilder measured(
      HttpRequestActionBuilder request,
      boolean keepBody,
      int expectedStatus,
      String scenario,
      String expectedCode) {
    HttpRequestActionBuilder checked =
        keepBody
            ? request.check(
                status().saveAs("st"),
                responseTimeInMillis().saveAs("rt"),
                bodyString().saveAs("body"),
                status().is(expectedStatus))
            : request.check(
                status().saveAs("st"),
                responseTimeInMillis().saveAs("rt"),
                status().is(expectedStatus));
    return exec(checked)
        .exec(session -> note(session, scenario, expectedStatus, expectedCode));
  }

  private static Session note(
      Session session, String scenario, int expectedStatus, String expectedCode) {
    long now = System.currentTimeMillis();
    int status = session.contains("st") ? session.getInt("st") : -1;
    long micros = session.contains("rt") ? session.getInt("rt") * 1000L : -1;
    String body = session.contains("body") ? session.getString("body") : null;
    String error = null;
    if (status < 0) {
      error = "no answer (connection failed or timed out)";
    } else if (status != expectedStatus
        || (expectedCode != null && !expectedCode.equals(code(body)))) {
      error = status + " " + code(body);
    }
    Recorder.of(scenario).record(now, micros, error);
    return session.removeAll("st", "rt", "body");
  }

  private static String code(String body) {
    if (body == null) {
      return "";
    }
    Matcher m = CODE.matcher(body);
    return m.find() ? m.group(1) : "";
  }

  private static <T> T pick(List<T> list) {
    return list.get(ThreadLocalRandom.current().nextInt(list.size()));
  }

  /** Whether the scenario may send one more request: requests left and within its time cap. */
  private static boolean more(String scenario, AtomicInteger left) {
    return inTime(scenario) && left.getAndDecrement() > 0;
  }

  /** Every scenario stops at its time cap, counted from its first request, whatever is left. */
  private static boolean inTime(String scenario) {
    long now = System.currentTimeMillis();
    int cap = WARMUP.equals(scenario) ? CFG.warmupSeconds : CFG.scenarioSeconds;
    return now < deadlines.computeIfAbsent(scenario, s -> now + cap * 1000L);
  }

  private static Session takeWarmupWork(Session session) {
    String[] work = warmupWork.poll();
    if (work == null) {
      return session.set("work", false);
    }
    return session.set("work", true).set("token", work[0]).set("classId", work[1]);
  }

  private static Session takeSpreadWork(Session session) {
    String[] work = inTime(SPREAD) ? spreadWork.poll() : null;
    if (work == null) {
      return session.set("work", false);
    }
    return session.set("work", true).set("token", work[0]).set("classId", work[1]);
  }

  private static boolean spreadRunning() {
    Long deadline = deadlines.get(SPREAD);
    return !spreadWork.isEmpty() && (deadline == null || System.currentTimeMillis() < deadline);
  }

  /**
   * Lag probes and promotions go on while the spread scenario runs; fewer than {@code min} of them
   * may still start within 30 s after it ended, then they stop whatever the count.
   */
  private static boolean keepGoing(int done, int min, int max) {
    if (done >= max) {
      return false;
    }
    if (spreadRunning()) {
      return true;
    }
    Long deadline = deadlines.get(SPREAD);
    return done < min && (deadline == null || System.currentTimeMillis() < deadline + 30_000);
  }

  // ---------------------------------------------------------------- e and the event-lag probes

  /**
   * Event lag as a member sees it: a probe member books the probe class, then reads the class from
   * the catalog every 20 ms until its availableSlots shows the booking (booking outbox, relay,
   * Kafka, catalog consumer). Runs during the spread scenario.
   */
  private static ScenarioBuilder lagProbe() {
    Recorder lag = Recorder.of(CATALOG_LAG);
    return scenario(CATALOG_LAG)
        .exec(session -> session.set("k", 0))
        .asLongAs(session -> keepGoing(session.getInt("k"), CFG.probesMin, CFG.probesMax))
        .on(
            exec(session ->
                    session
                        .set("k", session.getInt("k") + 1)
                        .set("token", probeMembers.poll())
                        .set("classId", probeClass))
                .exec(book("probe: book").check(status().saveAs("st"), status().is(201)))
                .exec(
                    session -> {
                      boolean booked = session.contains("st") && session.getInt("st") == 201;
                      if (!booked) {
                        lag.record(System.currentTimeMillis(), -1, "probe booking failed");
                        return session.set("polling", false).remove("st");
                      }
                      int expect = CFG.probesMax - probesBooked.incrementAndGet();
                      return session
                          .remove("st")
                          .set("polling", true)
                          .set("expect", expect)
                          .set("t0", System.currentTimeMillis());
                    })
                .asLongAs(session -> session.getBoolean("polling"))
                .on(
                    exec(http("probe: read class")
                            .get("/api/v1/classes/#{classId}")
                            .check(
                                status().is(200),
                                jsonPath("$.availableSlots").ofInt().saveAs("avail")))
                        .exec(
                            session -> {
                              long now = System.currentTimeMillis();
                              long waited = now - session.getLong("t0");
                              if (session.contains("avail")
                                  && session.getInt("avail") <= session.getInt("expect")) {
                                lag.record(now, waited * 1000, null);
                                return session.set("polling", false).remove("avail");
                              }
                              if (waited > LAG_TIMEOUT_MS) {
                                lag.record(now, waited * 1000, "catalog not updated within 30 s");
                                return session.set("polling", false).remove("avail");
                              }
                              return session.remove("avail");
                            })
                        .doIf(session -> session.getBoolean("polling"))
                        .then(pause(Duration.ofMillis(20))))
                .pause(Duration.ofMillis(250)));
  }

  /**
   * Scenario e: member A holds the only seat of a class, member B joins its waitlist, A cancels;
   * the time from A's cancellation (200) until B's entry reads PROMOTED, polled every 20 ms.
   */
  private static ScenarioBuilder promotion() {
    Recorder rec = Recorder.of(PROMOTION);
    return scenario(PROMOTION)
        .exec(session -> session.set("k", 0))
        .asLongAs(session -> keepGoing(session.getInt("k"), CFG.promotionsMin, CFG.promotionsMax))
        .on(
            exec(session -> {
                  String[] pair = promotionPairs.poll();
                  return session
                      .removeAll("bookingId", "entryId", "st")
                      .set("k", session.getInt("k") + 1)
                      .set("aToken", pair[0])
                      .set("bToken", pair[1])
                      .set("classId", pair[2])
                      .set("tries", 0);
                })
                .exec(
                    http("promotion: A books")
                        .post("/api/v1/bookings")
                        .header("Authorization", "Bearer #{aToken}")
                        .body(StringBody("{\"classId\":\"#{classId}\"}"))
                        .asJson()
                        .check(status().is(201), jsonPath("$.id").saveAs("bookingId")))
                .doIfOrElse(session -> session.contains("bookingId"))
                .then(
                    asLongAs(
                            session ->
                                !session.contains("entryId") && session.getInt("tries") < 50)
                        .on(
                            exec(http("promotion: B joins the waitlist")
                                    .post("/api/v1/waitlist")
                                    .header("Authorization", "Bearer #{bToken}")
                                    .body(StringBody("{\"classId\":\"#{classId}\"}"))
                                    .asJson()
                                    .check(
                                        status().in(201, 409),
                                        jsonPath("$.id").optional().saveAs("entryId")))
                                .exec(session -> session.set("tries", session.getInt("tries") + 1))
                                .doIf(session -> !session.contains("entryId"))
                                .then(pause(Duration.ofMillis(20))))
                        .doIfOrElse(session -> session.contains("entryId"))
                        .then(
                            exec(http("promotion: A cancels")
                                    .post("/api/v1/bookings/#{bookingId}/cancel")
                                    .header("Authorization", "Bearer #{aToken}")
                                    .check(status().saveAs("st"), status().is(200)))
                                .exec(
                                    session -> {
                                      boolean cancelled =
                                          session.contains("st") && session.getInt("st") == 200;
                                      if (!cancelled) {
                                        rec.record(
                                            System.currentTimeMillis(), -1, "A's cancel failed");
                                      }
                                      return session
                                          .set("polling", cancelled)
                                          .set("t0", System.currentTimeMillis());
                                    })
                                .asLongAs(session -> session.getBoolean("polling"))
                                .on(
                                    exec(http("promotion: B reads its waitlist")
                                            .get("/api/v1/me/waitlist")
                                            .header("Authorization", "Bearer #{bToken}")
                                            .check(status().is(200), bodyString().saveAs("body")))
                                        .exec(session -> promotionPolled(session, rec))
                                        .doIf(session -> session.getBoolean("polling"))
                                        .then(pause(Duration.ofMillis(20)))))
                        .orElse(
                            exec(session -> {
                                  rec.record(
                                      System.currentTimeMillis(), -1, "B could not join (409)");
                                  return session;
                                })))
                .orElse(
                    exec(session -> {
                          rec.record(System.currentTimeMillis(), -1, "A could not book");
                          return session;
                        }))
                .pause(Duration.ofMillis(250)));
  }

  private static Session promotionPolled(Session session, Recorder rec) {
    long now = System.currentTimeMillis();
    long waited = now - session.getLong("t0");
    String status = "";
    try {
      String body = session.contains("body") ? session.getString("body") : "[]";
      for (JsonNode entry : SuiteApi.items(SuiteApi.JSON.readTree(body))) {
        if (session.getString("entryId").equals(entry.path("id").asText())) {
          status = entry.path("status").asText();
        }
      }
    } catch (IOException e) {
      status = "";
    }
    session = session.remove("body");
    if ("PROMOTED".equals(status)) {
      rec.record(now, waited * 1000, null);
      return session.set("polling", false);
    }
    if ("REFUNDED".equals(status) || "LEFT".equals(status)) {
      rec.record(now, -1, "entry " + status + " instead of PROMOTED");
      return session.set("polling", false);
    }
    if (waited > LAG_TIMEOUT_MS) {
      rec.record(now, waited * 1000, "not promoted within 30 s");
      return session.set("polling", false);
    }
    return session;
  }

  // ---------------------------------------------------------------- setup, ceilings, summary

  @Override
  public void before() {
    startedMs = System.currentTimeMillis();
    System.out.println("    load average at the start: " + Summary.LOAD_AT_START);
    try {
      // Events left over from an earlier run would count in this run's lag: let them go out first.
      initialBacklog = db.drain(CFG.drainSeconds);
      if (initialBacklog.pendingAtStart() > 0) {
        System.out.println("    " + initialBacklog.describe("at the start"));
      }
      prepare();
      System.out.println("==> ceilings of this machine (Redis, MariaDB; nginx runs first in the load)");
      new Ceilings(CFG).measureAll();
    } catch (Exception e) {
      System.out.println("ERROR: bench setup failed: " + e.getMessage());
      writeVerdict("setup failed: " + e.getMessage());
      throw new IllegalStateException("bench setup failed: " + e.getMessage(), e);
    }
    System.out.println("==> load (Gatling); progress every " + (CFG.smoke ? 2 : 5) + " s");
    db.startSampling();
    progress = new Progress(CFG.smoke ? 2 : 5);
    progress.start();
  }

  private void prepare() throws Exception {
    System.out.printf(
        "==> setup through %s (run %s, country %s%s)%n",
        CFG.gatewayUrl, CFG.runId, CFG.country, CFG.smoke ? ", smoke sizes" : "");
    MemberTokens tokens =
        new MemberTokens(CFG.jwtPrivateKey, CFG.jwtIssuer, CFG.jwtAudience, CFG.tokenMinutes);
    SuiteApi api = new SuiteApi(CFG.gatewayUrl);
    SuiteApi.Answer probe =
        api.call(
            "GET", "/api/v1/me/packages", tokens.member(UUID.randomUUID().toString(), CFG.country),
            null);
    if (probe.status() != 200) {
      throw new IllegalStateException(
          "the suite does not accept member tokens signed with "
              + CFG.jwtPrivateKey
              + " (GET /api/v1/me/packages answered "
              + probe.status()
              + "): point BENCH_VAR at the var/ folder of the suite under test");
    }
    String admin = api.adminLogin(CFG.adminEmail, CFG.adminPassword);
    String currency = api.ensureCountry(admin, CFG.country);
    String packageId =
        api.ensurePackage(admin, CFG.country, currency, Math.max(1000, CFG.creditsPerMember()));

    // Classes two weeks ahead, one hour apart, 45 minutes long: no member's classes overlap.
    Instant base = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(14, ChronoUnit.DAYS);
    String prefix = "BENCH " + CFG.runId + " ";
    long t = System.currentTimeMillis();
    int classCount =
        CFG.spreadClasses + CFG.hotClasses + 2 + CFG.warmupClasses + CFG.promotionsMax;
    System.out.printf("    creating %d bench classes ...%n", classCount);
    for (int i = 0; i < CFG.spreadClasses; i++) {
      spreadClasses.add(
          api.createClass(
              admin, prefix + "spread " + i, CFG.country, slot(base, i), end(base, i),
              CFG.spreadMembers));
    }
    for (int i = 0; i < CFG.hotClasses; i++) {
      hotClasses.add(
          api.createClass(
              admin, prefix + "hot " + i, CFG.country, slot(base, i), end(base, i),
              CFG.hotMembers));
    }
    fullClass = api.createClass(admin, prefix + "full", CFG.country, slot(base, 0), end(base, 0), 1);
    probeClass =
        api.createClass(
            admin, prefix + "lag probe", CFG.country, slot(base, 0), end(base, 0), CFG.probesMax);
    List<String> warmupClasses = new ArrayList<>();
    for (int i = 0; i < CFG.warmupClasses; i++) {
      warmupClasses.add(
          api.createClass(
              admin, prefix + "warm-up " + i, CFG.country, slot(base, i), end(base, i),
              CFG.readConcurrency));
    }
    List<String> promotionClasses = new ArrayList<>();
    for (int i = 0; i < CFG.promotionsMax; i++) {
      promotionClasses.add(
          api.createClass(
              admin, prefix + "promotion " + i, CFG.country, slot(base, i), end(base, i), 1));
    }
    allClasses.addAll(spreadClasses);
    allClasses.addAll(hotClasses);
    allClasses.add(fullClass);
    allClasses.add(probeClass);
    allClasses.addAll(warmupClasses);
    allClasses.addAll(promotionClasses);
    System.out.printf("    classes created in %.1f s%n", (System.currentTimeMillis() - t) / 1000.0);

    // Members: random ids with minted tokens (the fast path, see MemberTokens).
    List<String> spread = mint(tokens, CFG.spreadMembers);
    List<String> hot = mint(tokens, CFG.hotMembers);
    List<String> probes = mint(tokens, CFG.probesMax);
    List<String> promotionMembers = mint(tokens, 2 * CFG.promotionsMax);
    List<String> warmupMembers = mint(tokens, CFG.readConcurrency);
    String filler = mint(tokens, 1).get(0);
    askers.addAll(mint(tokens, Math.max(50, CFG.readConcurrency * 4)));

    System.out.println("    waiting for the booking and waitlist replicas of the new classes ...");
    db.awaitReplicas(allClasses, promotionClasses, packageId, Duration.ofSeconds(60));

    List<String> buyers = new ArrayList<>();
    buyers.addAll(spread);
    buyers.addAll(hot);
    buyers.addAll(probes);
    buyers.addAll(promotionMembers);
    buyers.addAll(warmupMembers);
    buyers.add(filler);
    purchaseAll(api, buyers, packageId);

    api.book(filler, fullClass, Duration.ofSeconds(30));

    List<String[]> work = new ArrayList<>();
    for (String member : spread) {
      for (String classId : spreadClasses) {
        work.add(new String[] {member, classId});
      }
    }
    Collections.shuffle(work);
    spreadWork.addAll(work);
    List<String[]> warm = new ArrayList<>();
    for (String member : warmupMembers) {
      for (String classId : warmupClasses) {
        warm.add(new String[] {member, classId});
      }
    }
    Collections.shuffle(warm);
    warmupWork.addAll(warm);
    hotMembers.addAll(hot);
    probeMembers.addAll(probes);
    for (int i = 0; i < CFG.promotionsMax; i++) {
      promotionPairs.add(
          new String[] {
            promotionMembers.get(2 * i), promotionMembers.get(2 * i + 1), promotionClasses.get(i)
          });
    }
  }

  private static Instant slot(Instant base, int hour) {
    return base.plus(hour, ChronoUnit.HOURS);
  }

  private static Instant end(Instant base, int hour) {
    return base.plus(hour, ChronoUnit.HOURS).plus(45, ChronoUnit.MINUTES);
  }

  private List<String> mint(MemberTokens tokens, int count) {
    List<String> minted = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      minted.add(tokens.member(UUID.randomUUID().toString(), CFG.country));
    }
    return minted;
  }

  private void purchaseAll(SuiteApi api, List<String> buyers, String packageId) throws Exception {
    System.out.printf("    %d members buy the bench package (POST /api/v1/purchases) ...%n", buyers.size());
    long t = System.currentTimeMillis();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    AtomicInteger done = new AtomicInteger();
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (String token : buyers) {
        futures.add(
            pool.submit(
                () -> {
                  String id = api.purchase(token, packageId, Duration.ofSeconds(30));
                  int n = done.incrementAndGet();
                  if (n % 100 == 0) {
                    System.out.printf("      %d/%d%n", n, buyers.size());
                  }
                  return id;
                }));
      }
      for (Future<String> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf("    purchases done in %.1f s%n", (System.currentTimeMillis() - t) / 1000.0);
  }

  @Override
  public void after() {
    if (progress != null) {
      progress.interrupt();
    }
    try {
      db.stopSampling();
      System.out.println("==> results");
      Recorder relay = Recorder.of(RELAY_LAG);
      Recorder.Snapshot hotSnap = Recorder.of(HOT).snapshot();
      Recorder.Snapshot spreadSnap = Recorder.of(SPREAD).snapshot();
      long from = hotSnap.firstStartMs() != Long.MAX_VALUE ? hotSnap.firstStartMs() : startedMs;
      long to = Math.max(spreadSnap.lastEndMs(), hotSnap.lastEndMs());
      SuiteDb.Drain drain = db.drain(CFG.drainSeconds);
      if (to > from) {
        db.relayLag(from, to, relay);
      }
      SuiteDb.Accounting accounting = db.accounting(allClasses);
      String table = Summary.render(CFG, db.maxPending(), initialBacklog, drain, accounting);
      System.out.println(table);
      Files.createDirectories(CFG.outDir);
      Files.writeString(CFG.outDir.resolve("summary-" + CFG.runId + ".txt"), table);
      writeVerdict(Summary.verdict(CFG, accounting));
    } catch (Exception e) {
      System.out.println("ERROR: summarising the run failed: " + e);
      writeVerdict("summary failed: " + e.getMessage());
    }
  }

  private static void writeVerdict(String verdict) {
    try {
      Files.createDirectories(CFG.outDir);
      Files.writeString(CFG.outDir.resolve("verdict-" + CFG.runId + ".txt"), verdict + "\n");
    } catch (IOException e) {
      System.out.println("ERROR: cannot write the verdict: " + e);
    }
  }

  /** Prints how far the running scenarios are, every few seconds. */
  private static final class Progress extends Thread {
    private final int seconds;
    private final Map<String, Long> last = new java.util.HashMap<>();

    Progress(int seconds) {
      super("bench-progress");
      this.seconds = seconds;
      setDaemon(true);
      for (Recorder r : Recorder.all()) {
        last.put(r.name, r.snapshot().answers());
      }
    }

    @Override
    public void run() {
      try {
        while (!isInterrupted()) {
          Thread.sleep(seconds * 1000L);
          for (Recorder r : Recorder.all()) {
            Recorder.Snapshot s = r.snapshot();
            if (r.name.startsWith("lag: outbox") || r.name.startsWith("lag: oldest")) {
              continue;
            }
            long before = last.getOrDefault(r.name, 0L);
            if (s.answers() == before) {
              continue;
            }
            last.put(r.name, s.answers());
            System.out.printf(
                "    %-40s %7d%s answers  %7.0f/s now  errors %d%n",
                r.name,
                s.answers(),
                s.expected() > 0 ? "/" + s.expected() : "",
                (s.answers() - before) / (double) seconds,
                s.errors());
          }
        }
      } catch (InterruptedException e) {
        // the run is over
      }
    }
  }
}
