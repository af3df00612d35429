package com.classbook.catalog.domain.schedule;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.kernel.problem.ValidationProblem;
import com.classbook.kernel.value.CountryCode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A scheduled class of one country: when it runs (UTC instants), how many seats it has and how many
 * credits a seat costs; it can be deactivated and, finally, cancelled.
 */
public final class ClassSchedule {
  public static final int MAX_TITLE = 200;
  public static final int MAX_DESCRIPTION = 2_000;
  public static final int MAX_CAPACITY = 10_000;
  public static final int MAX_REQUIRED_CREDITS = 1_000;
  public static final Duration MAX_DURATION = Duration.ofHours(24);

  private final String id;
  private String title;
  private String description;
  private final CountryCode countryCode;
  private final Instant startTime;
  private final Instant endTime;
  private int capacity;
  private final int requiredCredits;
  private boolean active;
  private boolean cancelled;
  private long version;

  public ClassSchedule(
      String id,
      String title,
      String description,
      CountryCode countryCode,
      Instant startTime,
      Instant endTime,
      int capacity,
      int requiredCredits,
      boolean active,
      boolean cancelled) {
    this.id = Objects.requireNonNull(id, "id");
    this.title = checkedTitle(title);
    this.description = checkedDescription(description);
    this.countryCode = Objects.requireNonNull(countryCode, "countryCode");
    this.startTime = Objects.requireNonNull(startTime, "startTime").truncatedTo(ChronoUnit.SECONDS);
    this.endTime = Objects.requireNonNull(endTime, "endTime").truncatedTo(ChronoUnit.SECONDS);
    if (!this.startTime.isBefore(this.endTime)) {
      throw ValidationProblem.of("endTime", "must be after startTime");
    }
    if (Duration.between(this.startTime, this.endTime).compareTo(MAX_DURATION) > 0) {
      throw ValidationProblem.of(
          "endTime", "a class lasts at most " + MAX_DURATION.toHours() + " h");
    }
    this.capacity = checkedRange(capacity, "capacity", MAX_CAPACITY);
    this.requiredCredits = checkedRange(requiredCredits, "requiredCredits", MAX_REQUIRED_CREDITS);
    // A cancelled class is never active again.
    this.active = active && !cancelled;
    this.cancelled = cancelled;
  }

  /**
   * Schedules a new, active class; it must start after {@code now}. {@code timeZone} is its
   * country's, which the fact carries.
   */
  public static ClassFact.Scheduled schedule(
      String id,
      String title,
      String description,
      CountryCode countryCode,
      Instant startTime,
      Instant endTime,
      int capacity,
      int requiredCredits,
      Instant now,
      ZoneId timeZone) {
    if (startTime == null || !startTime.isAfter(now)) {
      throw ValidationProblem.of("startTime", "must be in the future");
    }
    return new ClassFact.Scheduled(
        new ClassSchedule(
            id,
            title,
            description,
            countryCode,
            startTime,
            endTime,
            capacity,
            requiredCredits,
            true,
            false),
        timeZone);
  }

  /**
   * Applies the given changes (null = keep); empty when nothing changed. The capacity may not drop
   * below the seats already taken or held for the waitlist.
   */
  public Optional<ClassFact.Updated> update(
      String newTitle,
      String newDescription,
      Integer newCapacity,
      Boolean newActive,
      SeatAvailability seats,
      ZoneId timeZone) {
    boolean changed = false;
    if (newTitle != null && !newTitle.strip().equals(title)) {
      title = checkedTitle(newTitle);
      changed = true;
    }
    if (newDescription != null && !newDescription.strip().equals(description)) {
      description = checkedDescription(newDescription);
      changed = true;
    }
    if (newCapacity != null && newCapacity != capacity) {
      int checked = checkedRange(newCapacity, "capacity", MAX_CAPACITY);
      int taken = seats == null ? 0 : seats.takenSlots();
      if (checked < taken) {
        throw new DomainProblem(
            ProblemCode.CAPACITY_BELOW_BOOKED,
            "capacity " + checked + " is below the " + taken + " seats booked or held");
      }
      capacity = checked;
      changed = true;
    }
    if (newActive != null && newActive != active) {
      if (newActive && cancelled) {
        throw ValidationProblem.of("active", "a cancelled class cannot be reactivated");
      }
      active = newActive;
      changed = true;
    }
    return changed ? Optional.of(new ClassFact.Updated(this, timeZone)) : Optional.empty();
  }

  /**
   * Follows the booking service when it reports more seats booked or held than this capacity: it
   * refused the cut (it decides, where the seats are counted) and kept the reported capacity, which
   * becomes this class's capacity again; empty when the capacity stays. A report that merely lags
   * behind a change (its capacity differs, but this capacity still holds its seats) changes
   * nothing.
   */
  public Optional<ClassFact.Updated> followRefusedCapacity(
      SeatAvailability reported, ZoneId timeZone) {
    int kept = reported.capacity();
    boolean refused = capacity < reported.takenSlots();
    boolean usable = kept >= reported.takenSlots() && kept >= 1 && kept <= MAX_CAPACITY;
    if (cancelled || !refused || !usable) {
      return Optional.empty();
    }
    capacity = kept;
    return Optional.of(new ClassFact.Updated(this, timeZone));
  }

  /**
   * Cancels the class; empty when it was cancelled already (repeating is harmless). A class that
   * has started cannot be cancelled any more: its seats have been used.
   */
  public Optional<ClassFact.Cancelled> cancel(Instant now, ZoneId timeZone) {
    if (cancelled) {
      return Optional.empty();
    }
    if (!now.isBefore(startTime)) {
      throw new DomainProblem(
          ProblemCode.NOT_CANCELLABLE,
          "the class started at " + startTime + " and can no longer be cancelled");
    }
    cancelled = true;
    active = false;
    return Optional.of(new ClassFact.Cancelled(this, timeZone));
  }

  /**
   * Its country moved to {@code timeZone}: the class keeps its instants, but the local times its
   * consumers show change with the zone.
   */
  public ClassFact.Updated movedTo(ZoneId timeZone) {
    return new ClassFact.Updated(this, timeZone);
  }

  /** The start as local date-time with the offset of {@code zone} at that instant. */
  public OffsetDateTime localStartIn(ZoneId zone) {
    return startTime.atZone(zone).toOffsetDateTime();
  }

  /** Free seats to show: the view's count when there is one, never above the capacity. */
  public int availableSlots(SeatAvailability seats) {
    if (seats == null) {
      return capacity;
    }
    return Math.max(0, Math.min(seats.freeSlots(), capacity));
  }

  public String id() {
    return id;
  }

  /** The stored version this was read at (0 when new); every saved change advances it. */
  public long version() {
    return version;
  }

  /** Records the stored version this was read at, or advanced to by a save. */
  public ClassSchedule atVersion(long storedVersion) {
    this.version = storedVersion;
    return this;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public CountryCode countryCode() {
    return countryCode;
  }

  public Instant startTime() {
    return startTime;
  }

  public Instant endTime() {
    return endTime;
  }

  public int capacity() {
    return capacity;
  }

  public int requiredCredits() {
    return requiredCredits;
  }

  public boolean active() {
    return active;
  }

  public boolean cancelled() {
    return cancelled;
  }

  private static String checkedTitle(String title) {
    if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
      throw ValidationProblem.of("title", "must be 1 to " + MAX_TITLE + " characters");
    }
    return title.strip();
  }

  private static String checkedDescription(String description) {
    if (description != null && description.length() > MAX_DESCRIPTION) {
      throw ValidationProblem.of(
          "description", "must be at most " + MAX_DESCRIPTION + " characters");
    }
    return description == null ? "" : description.strip();
  }

  private static int checkedRange(int value, String field, int max) {
    if (value < 1 || value > max) {
      throw ValidationProblem.of(field, "must be between 1 and " + max);
    }
    return value;
  }
}
