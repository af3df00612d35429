package com.classbook.booking.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.kernel.event.catalog.PackageState;
import com.classbook.platform.testing.KafkaProbe;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/** Plays the catalog service: publishes class and package states and waits for the replicas. */
public final class Catalog {
  private Catalog() {}

  public static Instant inDays(int days) {
    return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.MINUTES);
  }

  public static ClassState classState(
      String country, Instant start, Duration length, int capacity, int credits) {
    return new ClassState(
        UUID.randomUUID().toString(),
        "Spin " + UUID.randomUUID().toString().substring(0, 6),
        country,
        "Asia/Singapore",
        start,
        start.plus(length),
        capacity,
        credits,
        true,
        false);
  }

  /** Publishes a new class and waits until booking-service has its inventory row. */
  public static ClassState schedule(ClassState state) {
    publish(ClassState.SCHEDULED, state);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> Db.count("SELECT COUNT(*) FROM class_inventory WHERE id = ?", state.id()) == 1);
    return state;
  }

  public static ClassState schedule(String country, Instant start, int capacity, int credits) {
    return schedule(classState(country, start, Duration.ofHours(1), capacity, credits));
  }

  public static void publish(String type, ClassState state) {
    KafkaProbe.publish(Topics.CATALOG_CLASSES, state.id(), "/catalog-service", type, state);
  }

  /** Publishes a package and waits until the replica holds it with the given active flag. */
  public static PackageState offer(String country, int credits, int validityDays, boolean active) {
    PackageState state =
        new PackageState(
            UUID.randomUUID().toString(),
            "Pack " + credits,
            credits,
            new BigDecimal("49.90"),
            "SGD",
            country,
            validityDays,
            active);
    KafkaProbe.publish(
        Topics.CATALOG_PACKAGES, state.id(), "/catalog-service", PackageState.TYPE, state);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> Db.count("SELECT COUNT(*) FROM package_replica WHERE id = ?", state.id()) == 1);
    return state;
  }

  /** Buys a package for the member and returns the user package id. */
  public static String buy(String token, String packageId) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("packageId", packageId, "paymentToken", "tok_visa"))
        .post("/api/v1/purchases")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
