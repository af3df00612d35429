-- The waitlist's reconciliation pages through every WAITLISTED hold and every RESERVED seat by id,
-- across classes: (status, id) and (state, slot_ref) ranges instead of table scans.
CREATE INDEX idx_bookings_status ON bookings (status);
CREATE INDEX idx_reserved_slot_state ON reserved_slot (state);
