-- Issue 4, agendaCollection: each member institution's answer for a meeting's agenda (R10.2), one row per
-- meeting and institution. Status SUBMITTED | NO_PROPOSAL | LATE | LATE_ACCEPTED.
CREATE TABLE agenda_proposal (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_key VARCHAR(40) NOT NULL,
  plate_code INT NOT NULL,
  institution_id BIGINT NOT NULL,
  institution_name VARCHAR(250) ${turkish_collation} NOT NULL,
  status VARCHAR(20) NOT NULL,
  has_proposal BOOLEAN DEFAULT FALSE NOT NULL,
  topic VARCHAR(200) ${turkish_collation},
  category VARCHAR(30),
  description VARCHAR(2000) ${turkish_collation},
  special_request BOOLEAN DEFAULT FALSE NOT NULL,
  special_request_text VARCHAR(1000) ${turkish_collation},
  activities VARCHAR(2000) ${turkish_collation},
  negative_events VARCHAR(2000) ${turkish_collation},
  risk_flag BOOLEAN DEFAULT FALSE NOT NULL,
  submitted_by VARCHAR(64),
  submitted_at TIMESTAMP NULL,
  late_at TIMESTAMP NULL,
  version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT fk_agenda_proposal_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
  CONSTRAINT uq_agenda_proposal UNIQUE (meeting_key, institution_id)
) ${table_options};

CREATE INDEX ix_agenda_proposal_meeting ON agenda_proposal (meeting_key);

INSERT INTO policy_parameter (name, param_value, effective_from, description) VALUES
 ('agendaReminderDaysBefore', '3', DATE '2023-01-01',
  'R10.2: gündem önerisi gelmeyen kurumların irtibat görevlilerine son günden bu kadar gün önce hatırlatma yapılır (tatile denk gelirse önceki iş günü)');
