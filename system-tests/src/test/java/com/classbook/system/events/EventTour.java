package com.classbook.system.events;

import static com.classbook.system.support.Suite.as;

import com.classbook.system.support.Poll;
import com.classbook.system.support.Suite;
import com.classbook.system.support.Suite.Member;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Walks the suite through every flow that publishes an event, so the contract test sees each type
 * of the catalogue whatever ran before it: accounts, catalog changes, purchases, bookings,
 * check-in, a no-show, holds, promotion, leaving and a cancelled class with its refunds.
 */
final class EventTour {
  private EventTour() {}

  static void run() {
    String admin = Suite.admin();
    String pack = Suite.createPackage(admin, "SG", 20, 30);
    Member ann = Suite.newMember("SG");
    Member bob = Suite.newMember("SG");
    Member cid = Suite.newMember("SG");
    Member dee = Suite.newMember("SG");
    as(ann.token())
        .body(Map.of("firstName", "Annie"))
        .patch("/api/v1/users/me")
        .then()
        .statusCode(200);
    for (Member m : new Member[] {ann, bob, cid, dee}) {
      Suite.buy(m, pack);
    }

    // Starts in a moment and ends soon after: Ann checks in, Bob does not and becomes a no-show.
    String soon =
        Suite.createClass(admin, "SG", Instant.now().plusSeconds(40), Duration.ofSeconds(20), 2, 1);
    String annSeat = Suite.book(ann, soon).then().statusCode(201).extract().path("id");
    Suite.book(bob, soon).then().statusCode(201);
    as(ann.token()).post("/api/v1/bookings/" + annSeat + "/check-in").then().statusCode(200);

    // A full class: Ann and Dee wait, Cid cancels early (refund, promotion of Ann), Dee leaves.
    String full = Suite.createClass(admin, "SG", Instant.now().plus(Duration.ofDays(3)), 1, 1);
    as(admin)
        .body(Map.of("title", "Renamed"))
        .patch("/api/v1/classes/" + full)
        .then()
        .statusCode(200);
    String cidSeat = Suite.book(cid, full).then().statusCode(201).extract().path("id");
    String annEntry = join(ann, full);
    String deeEntry = join(dee, full);
    as(cid.token()).post("/api/v1/bookings/" + cidSeat + "/cancel").then().statusCode(200);
    Poll.until(
        "Ann promoted",
        Duration.ofSeconds(60),
        () -> as(ann.token()).get("/api/v1/me/waitlist").then().extract().jsonPath(),
        page ->
            page.getString("items.find { it.id == '" + annEntry + "' }.status").equals("PROMOTED"));
    as(dee.token()).delete("/api/v1/waitlist/" + deeEntry).then().statusCode(200);

    // A class cancelled with a booking and a waiting member: both are refunded.
    String doomed = Suite.createClass(admin, "SG", Instant.now().plus(Duration.ofDays(4)), 1, 1);
    Suite.book(bob, doomed).then().statusCode(201);
    join(cid, doomed);
    as(admin).post("/api/v1/classes/" + doomed + "/cancel").then().statusCode(200);
  }

  private static String join(Member member, String classId) {
    return Poll.until(
            "waitlist knows class " + classId,
            Duration.ofSeconds(30),
            () -> as(member.token()).body(Map.of("classId", classId)).post("/api/v1/waitlist"),
            r -> r.statusCode() != 404)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
