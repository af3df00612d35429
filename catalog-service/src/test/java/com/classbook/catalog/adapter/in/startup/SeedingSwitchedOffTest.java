package com.classbook.catalog.adapter.in.startup;

import static com.classbook.catalog.support.CatalogApi.anonymous;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.classbook.catalog.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** With seeding switched off, configured starter countries are not added at startup. */
@QuarkusTest
@TestProfile(SeedingSwitchedOffTest.SeedingOff.class)
class SeedingSwitchedOffTest {

  /** Seeding off, with a starter list that names a country no other test uses. */
  public static class SeedingOff implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "classbook.catalog.seed-enabled", "false",
          "classbook.catalog.seed-countries", "AQ|Antarctica|Antarctica/Troll");
    }
  }

  @Inject TestDatabase database;

  @AfterEach
  void removeIfSeeded() {
    database.deleteCountry("AQ");
  }

  @Test
  void noStarterCountryIsAdded() {
    anonymous().get("/api/v1/countries").then().statusCode(200).body("code", not(hasItem("AQ")));
  }
}
