-- R11.3: "Toplantının günü, yeri ve saati kurul başkanı tarafından belirlenir" — the chair may also change them:
-- postpone (new day), move (new place or time) or cancel a meeting whose day is set and which is not yet held.
-- The calendar invitation keeps its UID; each change raises its SEQUENCE (RFC 5546), kept on the meeting.
ALTER TABLE meeting ADD calendar_sequence INT DEFAULT 0 NOT NULL;

-- One row per change: who, when, why, what it was and what it became; warnings (e.g. the window not kept) recorded.
CREATE TABLE meeting_change (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  kind VARCHAR(10) NOT NULL,
  old_date DATE,
  old_time VARCHAR(5),
  old_place VARCHAR(250) ${turkish_collation},
  new_date DATE,
  new_time VARCHAR(5),
  new_place VARCHAR(250) ${turkish_collation},
  reason VARCHAR(1000) ${turkish_collation} NOT NULL,
  warnings VARCHAR(2000) ${turkish_collation},
  outside_window BOOLEAN DEFAULT FALSE NOT NULL,
  calendar_sequence INT NOT NULL,
  changed_by VARCHAR(100) NOT NULL,
  changed_at TIMESTAMP NOT NULL,
  CONSTRAINT fk_meeting_change_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ${table_options};

CREATE INDEX ix_meeting_change_meeting ON meeting_change (meeting_id);
