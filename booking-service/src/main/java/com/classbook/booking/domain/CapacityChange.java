package com.classbook.booking.domain;

/**
 * What a capacity asked for by the catalog does to a class's seats: a cut below the seats booked or
 * held for the waitlist is refused (the capacity stays), and added seats go to waiting holds first
 * (reserved for their promotion), the rest to the public pool (I1, I2).
 */
public record CapacityChange(
    int requested, int capacity, int freeSlots, int reservedSlots, int newlyReserved) {

  /**
   * The seats after {@code requested} is applied to {@code current}; {@code waitingHolds} is the
   * number of WAITLISTED holds of the class, read with the class row locked.
   */
  public static CapacityChange of(ClassInventory current, int requested, long waitingHolds) {
    int taken = current.bookedSlots() + current.reservedSlots();
    if (requested < taken) {
      return new CapacityChange(
          requested, current.capacity(), current.freeSlots(), current.reservedSlots(), 0);
    }
    int added = requested - current.capacity();
    long uncovered = Math.max(0, waitingHolds - current.reservedSlots());
    int forWaitlist = added > 0 ? (int) Math.min(added, uncovered) : 0;
    return new CapacityChange(
        requested,
        requested,
        current.freeSlots() + added - forWaitlist,
        current.reservedSlots() + forWaitlist,
        forWaitlist);
  }

  /** The catalog's capacity could not be applied: it is below the seats booked or held. */
  public boolean refused() {
    return capacity != requested;
  }
}
