-- Calendar replies (RFC 5546 METHOD:REPLY) read from Kurul's reply mailbox.
-- Every message read is remembered by a hash of its Message-ID, so a reply is never applied twice; only the outcome
-- (no address, no content) is kept.
CREATE TABLE mail_inbound_message (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  message_key VARCHAR(64) NOT NULL,
  outcome VARCHAR(40) NOT NULL,
  processed_at TIMESTAMP NOT NULL,
  CONSTRAINT uq_mail_inbound_message UNIQUE (message_key)
) ${table_options};

-- R9.1, R9.2: a board member's calendar answered the meeting's invitation (accepted, declined, tentative). A decline is
-- an excuse to confirm (by the member in Tasklist, or by the secretariat); it never becomes one by itself.
CREATE TABLE meeting_calendar_reply (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  membership_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  part_stat VARCHAR(20) NOT NULL,
  calendar_sequence INT NOT NULL,
  received_at TIMESTAMP NOT NULL,
  CONSTRAINT uq_meeting_calendar_reply UNIQUE (meeting_id, membership_id),
  CONSTRAINT fk_meeting_calendar_reply_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ${table_options};
