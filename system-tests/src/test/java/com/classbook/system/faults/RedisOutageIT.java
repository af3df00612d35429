package com.classbook.system.faults;

import static com.classbook.system.support.Suite.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.system.support.Faults;
import com.classbook.system.support.Poll;
import com.classbook.system.support.Suite;
import com.classbook.system.support.Suite.Member;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Redis stops in the middle of a burst of bookings: bookings go on with the database guard alone,
 * no answer is a 5xx, no class is oversold, every member's credits add up, and once Redis is back
 * booking-service uses it again within seconds. With Redis stopped, a waitlist still moves: members
 * leave it and a freed seat promotes the next one, on the database's named lock.
 */
class RedisOutageIT {
  private static final int MEMBERS = 24;
  private static final int CLASSES = 4;
  private static final int CAPACITY = 8;
  private static final int CREDITS = 5;

  @AfterEach
  void redisBack() {
    Faults.startRedis();
  }

  @Test
  void bookingsContinueOnTheDatabaseGuardWhileRedisIsDown() throws Exception {
    String admin = Suite.admin();
    String packageId = Suite.createPackage(admin, "SG", CREDITS, 30);
    Instant first = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    List<String> classes = new ArrayList<>();
    for (int i = 0; i < CLASSES; i++) {
      classes.add(
          Suite.createClass(admin, "SG", first.plus(Duration.ofHours(2L * i)), CAPACITY, 1));
    }
    List<Member> members = Collections.synchronizedList(new ArrayList<>());
    List<String> packages = Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < MEMBERS; i++) {
      Member member = Suite.newMember("SG");
      members.add(member);
      packages.add(Suite.buy(member, packageId).getString("id"));
    }
    classes.forEach(Suite::awaitKnownToBooking);

    Map<String, AtomicInteger> confirmedPerClass = new ConcurrentHashMap<>();
    Map<Integer, AtomicInteger> confirmedPerMember = new ConcurrentHashMap<>();
    List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean redisDown = new AtomicBoolean();
    AtomicInteger confirmedWhileDown = new AtomicInteger();
    CountDownLatch firstQuarter = new CountDownLatch(MEMBERS * CLASSES / 4);
    CountDownLatch stopped = new CountDownLatch(1);

    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> attempts = new ArrayList<>();
    for (int m = 0; m < MEMBERS; m++) {
      for (String classId : classes) {
        int member = m;
        attempts.add(
            pool.submit(
                () -> {
                  if (firstQuarter.getCount() == 0) {
                    await(stopped);
                  }
                  var answer =
                      as(members.get(member).token())
                          .body(Map.of("classId", classId))
                          .post("/api/v1/bookings");
                  int status = answer.statusCode();
                  if (status == 201) {
                    confirmedPerClass
                        .computeIfAbsent(classId, k -> new AtomicInteger())
                        .incrementAndGet();
                    confirmedPerMember
                        .computeIfAbsent(member, k -> new AtomicInteger())
                        .incrementAndGet();
                    if (redisDown.get()) {
                      confirmedWhileDown.incrementAndGet();
                    }
                  } else if (!(status == 409 && "CLASS_FULL".equals(answer.path("code")))) {
                    unexpected.add(status + " " + answer.asString());
                  }
                  firstQuarter.countDown();
                }));
      }
    }
    firstQuarter.await(120, TimeUnit.SECONDS);
    Faults.stopRedis();
    redisDown.set(true);
    stopped.countDown();
    for (Future<?> attempt : attempts) {
      attempt.get(180, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertEquals(List.of(), unexpected, "only 201 or 409 CLASS_FULL, never a 5xx");
    assertTrue(confirmedWhileDown.get() > 0, "bookings were confirmed while Redis was down");
    for (String classId : classes) {
      int confirmed = confirmedPerClass.getOrDefault(classId, new AtomicInteger()).get();
      assertEquals(CAPACITY, confirmed, "every seat sold once, none twice: " + classId);
      Poll.until(
          "listing shows the class full",
          Duration.ofSeconds(30),
          () -> Suite.availableSlots(classId),
          s -> s == 0);
    }
    for (int m = 0; m < MEMBERS; m++) {
      int used = confirmedPerMember.getOrDefault(m, new AtomicInteger()).get();
      assertEquals(
          CREDITS - used,
          Suite.remainingCredits(members.get(m), packages.get(m)),
          "credits conserved for member " + m);
    }

    redisDown.set(false);
    Faults.startRedis();
    String bookingPort =
        System.getProperty("service.ports", "8081,8082,8083,8084").split(",")[2].trim();
    Poll.until(
        "booking-service uses Redis again",
        Duration.ofSeconds(5),
        () ->
            given()
                .baseUri("http://127.0.0.1:" + bookingPort)
                .get("/q/health/group/dependencies")
                .asString(),
        body ->
            body.contains("\"circuit\":\"closed\"") || body.contains("\"circuit\": \"closed\""));
    String later = Suite.createClass(admin, "SG", first.plus(Duration.ofHours(2L * CLASSES)), 1, 1);
    Suite.book(members.get(0), later).then().statusCode(201);
  }

  @Test
  void theWaitlistMovesOnTheDatabaseLockWhileRedisIsDown() {
    String admin = Suite.admin();
    String packageId = Suite.createPackage(admin, "SG", CREDITS, 30);
    Member a = Suite.newMember("SG");
    Member b = Suite.newMember("SG");
    Member c = Suite.newMember("SG");
    Suite.buy(a, packageId);
    String bPackage = Suite.buy(b, packageId).getString("id");
    String cPackage = Suite.buy(c, packageId).getString("id");
    String classId = Suite.createClass(admin, "SG", Instant.now().plus(5, ChronoUnit.DAYS), 1, 1);
    String aBooking = Suite.book(a, classId).then().statusCode(201).extract().path("id");
    String bEntry = Suite.joinWaitlist(b, classId).then().statusCode(201).extract().path("id");
    String cEntry = Suite.joinWaitlist(c, classId).then().statusCode(201).extract().path("id");

    Faults.stopRedis();

    as(b.token())
        .delete("/api/v1/waitlist/" + bEntry)
        .then()
        .statusCode(200)
        .body("status", equalTo("LEFT"));
    assertEquals(CREDITS, Suite.remainingCredits(b, bPackage), "leaving refunds in full");
    as(a.token()).post("/api/v1/bookings/" + aBooking + "/cancel").then().statusCode(200);
    Poll.until(
        "C promoted while Redis is down",
        Duration.ofSeconds(60),
        () -> Suite.waitlistEntry(c, cEntry),
        e -> "PROMOTED".equals(e.getString("status")));
    assertEquals(CREDITS - 1, Suite.remainingCredits(c, cPackage), "one debit, at join");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(120, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
