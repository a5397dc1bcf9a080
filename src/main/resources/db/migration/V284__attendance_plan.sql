-- Who is called to a meeting and who announced what before it.
-- R4.4: invited participants join per agenda, on the İl GİM's proposal with the chair's decision, or by the chair alone.
CREATE TABLE meeting_invitee (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  membership_id BIGINT NOT NULL,
  proposed BOOLEAN NOT NULL,
  proposed_by VARCHAR(100),
  invited BOOLEAN,
  decided_by VARCHAR(100),
  decided_at TIMESTAMP NULL,
  CONSTRAINT uq_meeting_invitee UNIQUE (meeting_id, membership_id),
  CONSTRAINT fk_meeting_invitee_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ${table_options};

-- R9.1, R9.2: a member reports an excuse before the meeting, and whether their registered deputy sits instead.
CREATE TABLE meeting_excuse (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  membership_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  reason VARCHAR(500) ${turkish_collation} NOT NULL,
  deputy_membership_id BIGINT,
  reported_by VARCHAR(100) NOT NULL,
  reported_at TIMESTAMP NOT NULL,
  CONSTRAINT uq_meeting_excuse UNIQUE (meeting_id, membership_id),
  CONSTRAINT fk_meeting_excuse_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ${table_options};

-- R4.5: presidency staff who will attend, notified to the İl GİM before the meeting.
CREATE TABLE meeting_presidency_attendee (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  full_name VARCHAR(150) ${turkish_collation} NOT NULL,
  title VARCHAR(150) ${turkish_collation},
  unit_name VARCHAR(250) ${turkish_collation},
  announced_by VARCHAR(100) NOT NULL,
  announced_at TIMESTAMP NOT NULL,
  CONSTRAINT fk_meeting_presidency_attendee_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ${table_options};
