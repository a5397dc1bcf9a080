-- Notices: what Kurul tells a group or a person (reminders, escalations, late items, calendar changes).
-- Mail delivery comes on top of this table (issue #6); nothing a person must know is only in a log.
CREATE TABLE notice (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  recipient_group VARCHAR(100),
  recipient_user VARCHAR(64),
  subject VARCHAR(300) ${turkish_collation} NOT NULL,
  body VARCHAR(4000) ${turkish_collation},
  business_key VARCHAR(100),
  kind VARCHAR(40) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  read_at TIMESTAMP NULL
) ${table_options};

CREATE INDEX ix_notice_group ON notice (recipient_group);
CREATE INDEX ix_notice_user ON notice (recipient_user);
CREATE INDEX ix_notice_key ON notice (business_key);
