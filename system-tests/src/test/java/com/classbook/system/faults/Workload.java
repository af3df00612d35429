package com.classbook.system.faults;

import static com.classbook.system.support.Suite.as;

import com.classbook.system.support.Suite.Member;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Members using the suite through the gateway while a fault happens: a few threads book small
 * classes, join the waitlist when a class is full, cancel confirmed bookings (which frees seats for
 * the waitlist) and read classes, profiles and waitlists. Every answer is recorded with its time
 * and the service behind its path.
 */
final class Workload implements AutoCloseable {

  /** One request: which service answered (by path), its status (-1: no answer), when. */
  record Outcome(String operation, String service, int status, long startedNanos, long endedNanos) {
    boolean serverError() {
      return status < 0 || status >= 500;
    }

    @Override
    public String toString() {
      return operation + " -> " + (status < 0 ? "no answer" : status);
    }
  }

  /** Pause between one member action and the next of the same thread: people, not a benchmark. */
  private static final Duration THINK_TIME = Duration.ofMillis(40);

  /** An instance that stopped answering fails the request instead of holding the suite. */
  static final RestAssuredConfig TIMEOUTS =
      RestAssured.config()
          .httpClient(
              HttpClientConfig.httpClientConfig()
                  .setParam("http.connection.timeout", 5_000)
                  .setParam("http.socket.timeout", 40_000));

  private final List<Member> members;
  private final List<String> classes;
  private final int threads;
  private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicInteger completed = new AtomicInteger();
  private final List<Thread> workers = new ArrayList<>();

  Workload(List<Member> members, List<String> classes, int threads) {
    this.members = List.copyOf(members);
    this.classes = List.copyOf(classes);
    this.threads = threads;
  }

  void start() {
    running.set(true);
    for (int i = 0; i < threads; i++) {
      Thread worker = new Thread(this::work, "workload-" + i);
      worker.setDaemon(true);
      workers.add(worker);
      worker.start();
    }
  }

  /** Requests answered so far (any answer). */
  int completed() {
    return completed.get();
  }

  /** Requests started after {@code nanos} ({@link System#nanoTime()}) and answered. */
  int outcomesSince(long nanos) {
    synchronized (outcomes) {
      return (int) outcomes.stream().filter(o -> o.startedNanos() > nanos).count();
    }
  }

  /** Stops the members after their current request; returns every outcome. */
  List<Outcome> stop() {
    running.set(false);
    for (Thread worker : workers) {
      try {
        worker.join(TimeUnit.SECONDS.toMillis(60));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    synchronized (outcomes) {
      return List.copyOf(outcomes);
    }
  }

  @Override
  public void close() {
    stop();
  }

  private void work() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (running.get()) {
      Member member = members.get(random.nextInt(members.size()));
      String classId = classes.get(random.nextInt(classes.size()));
      int dice = random.nextInt(100);
      if (dice < 45) {
        book(member, classId);
      } else if (dice < 75) {
        cancelOne(member, random);
      } else {
        read(member, classId, dice);
      }
      LockSupport.parkNanos(THINK_TIME.toNanos());
    }
  }

  /** Books the class; a full class sends the member to its waitlist. */
  private void book(Member member, String classId) {
    Response booked =
        call(
            "book",
            "booking",
            () ->
                as(member.token())
                    .config(TIMEOUTS)
                    .body(Map.of("classId", classId))
                    .post("/api/v1/bookings"));
    if (booked != null
        && booked.statusCode() == 409
        && "CLASS_FULL".equals(booked.jsonPath().getString("code"))) {
      call(
          "join waitlist",
          "waitlist",
          () ->
              as(member.token())
                  .config(TIMEOUTS)
                  .body(Map.of("classId", classId))
                  .post("/api/v1/waitlist"));
    }
  }

  /** Cancels one of the member's confirmed bookings of these classes, if any. */
  private void cancelOne(Member member, ThreadLocalRandom random) {
    Response mine =
        call(
            "list my bookings",
            "booking",
            () ->
                as(member.token())
                    .config(TIMEOUTS)
                    .queryParam("status", "CONFIRMED")
                    .queryParam("size", 100)
                    .get("/api/v1/me/bookings"));
    if (mine == null || mine.statusCode() != 200) {
      return;
    }
    List<String> cancellable = new ArrayList<>();
    List<Map<String, Object>> items = mine.jsonPath().getList("items");
    for (Map<String, Object> item : items) {
      if (classes.contains(String.valueOf(item.get("classId")))) {
        cancellable.add(String.valueOf(item.get("id")));
      }
    }
    if (cancellable.isEmpty()) {
      return;
    }
    String booking = cancellable.get(random.nextInt(cancellable.size()));
    call(
        "cancel booking",
        "booking",
        () -> as(member.token()).config(TIMEOUTS).post("/api/v1/bookings/" + booking + "/cancel"));
  }

  private void read(Member member, String classId, int dice) {
    if (dice < 85) {
      call(
          "read class",
          "catalog",
          () -> as(member.token()).config(TIMEOUTS).get("/api/v1/classes/" + classId));
    } else if (dice < 93) {
      call(
          "read profile",
          "identity",
          () -> as(member.token()).config(TIMEOUTS).get("/api/v1/users/me"));
    } else {
      call(
          "list my waitlist",
          "waitlist",
          () -> as(member.token()).config(TIMEOUTS).get("/api/v1/me/waitlist"));
    }
  }

  private Response call(
      String operation, String service, java.util.function.Supplier<Response> request) {
    long started = System.nanoTime();
    Response response = null;
    int status;
    try {
      response = request.get();
      status = response.statusCode();
    } catch (RuntimeException e) {
      status = -1;
    }
    outcomes.add(new Outcome(operation, service, status, started, System.nanoTime()));
    completed.incrementAndGet();
    return response;
  }
}
