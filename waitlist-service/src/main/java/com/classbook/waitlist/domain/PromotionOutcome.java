package com.classbook.waitlist.domain;

/** The booking service's answer when asked to confirm a hold on a reserved seat. */
public enum PromotionOutcome {
  /** The hold is now a confirmed booking on that seat. */
  PROMOTED(PromotionStep.MARK_PROMOTED),
  /** The hold was released, cancelled or promoted on another seat. */
  HOLD_NOT_WAITING(PromotionStep.SKIP_AND_REFUND),
  /** The booking service has no such hold. */
  HOLD_NOT_FOUND(PromotionStep.SKIP_AND_REFUND),
  /** The class started or was cancelled. */
  CLASS_NOT_BOOKABLE(PromotionStep.SKIP_AND_REFUND),
  /** The seat is no longer reserved: another promotion or a release already used it. */
  SLOT_NOT_RESERVED(PromotionStep.STOP);

  private final PromotionStep step;

  PromotionOutcome(PromotionStep step) {
    this.step = step;
  }

  /** What the waitlist does next with the head entry and the seat. */
  public PromotionStep step() {
    return step;
  }
}
