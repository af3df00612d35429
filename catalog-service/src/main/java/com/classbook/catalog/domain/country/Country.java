package com.classbook.catalog.domain.country;

import com.classbook.kernel.problem.ValidationProblem;
import com.classbook.kernel.value.CountryCode;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A country a studio chain sells in: its ISO code, display name, IANA time zone and active flag.
 */
public final class Country {
  public static final int MAX_NAME = 100;

  private final CountryCode code;
  private String name;
  private ZoneId timeZone;
  private boolean active;
  private long version;

  public Country(CountryCode code, String name, ZoneId timeZone, boolean active) {
    this.code = Objects.requireNonNull(code, "code");
    this.name = checkedName(name);
    this.timeZone = Objects.requireNonNull(timeZone, "timeZone");
    this.active = active;
  }

  /** Registers a new country, active from the start. */
  public static CountryFact.Registered register(CountryCode code, String name, ZoneId timeZone) {
    return new CountryFact.Registered(new Country(code, name, timeZone, true));
  }

  /**
   * Applies the given changes (null = keep); empty when nothing changed, so that only a real change
   * is published.
   */
  public Optional<CountryFact.Updated> update(
      String newName, ZoneId newTimeZone, Boolean newActive) {
    ZoneId zoneBefore = timeZone;
    boolean changed = false;
    if (newName != null && !newName.equals(name)) {
      name = checkedName(newName);
      changed = true;
    }
    if (newTimeZone != null && !newTimeZone.equals(timeZone)) {
      timeZone = newTimeZone;
      changed = true;
    }
    if (newActive != null && newActive != active) {
      active = newActive;
      changed = true;
    }
    return changed
        ? Optional.of(new CountryFact.Updated(this, !zoneBefore.equals(timeZone)))
        : Optional.empty();
  }

  /** True when {@code id} is a region-based IANA zone id such as Asia/Singapore. */
  public static boolean isIanaZone(String id) {
    return id != null && ZoneId.getAvailableZoneIds().contains(id);
  }

  public CountryCode code() {
    return code;
  }

  /** The stored version this was read at (0 when new); every saved change advances it. */
  public long version() {
    return version;
  }

  /** Records the stored version this was read at, or advanced to by a save. */
  public Country atVersion(long storedVersion) {
    this.version = storedVersion;
    return this;
  }

  public String name() {
    return name;
  }

  public ZoneId timeZone() {
    return timeZone;
  }

  public boolean active() {
    return active;
  }

  private static String checkedName(String name) {
    if (name == null || name.isBlank() || name.length() > MAX_NAME) {
      throw ValidationProblem.of("name", "must be 1 to " + MAX_NAME + " characters");
    }
    return name.strip();
  }
}
