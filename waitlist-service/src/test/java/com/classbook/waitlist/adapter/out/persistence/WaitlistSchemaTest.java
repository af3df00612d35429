package com.classbook.waitlist.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.platform.testing.SchemaIndexes;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The migrations create the waitlist indexes SPEC.md names. (user, class) is unique among active
 * entries (the active key), so a member who left can join again (docs/waitlist.md).
 */
@QuarkusTest
class WaitlistSchemaTest {
  private final SchemaIndexes indexes = SchemaIndexes.ofTestSchema("waitlist");

  @Test
  void oneActiveEntryPerMemberAndClassIsEnforcedByTheDatabase() {
    assertEquals(
        List.of("active_key"), indexes.columns("waitlist_entry", "uk_waitlist_active_user_class"));
    assertTrue(indexes.unique("waitlist_entry", "uk_waitlist_active_user_class"));
    assertEquals(
        List.of("user_id", "class_schedule_id"),
        indexes.columns("waitlist_entry", "idx_waitlist_user_class"));
  }

  @Test
  void entriesAreIndexedByClassPositionAndPromotion() {
    assertEquals(
        List.of("class_schedule_id", "position", "is_promoted"),
        indexes.columns("waitlist_entry", "idx_waitlist_class_position_promoted"));
  }
}
