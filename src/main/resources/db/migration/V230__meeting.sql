-- Long texts are VARCHAR(3000): four of them in utf8mb4 stay under MariaDB's 65,535-byte row limit.
-- Provincial board meetings and what happens at them: the compiled agenda, attendance (Ek-2), the evaluation of
-- previous decisions, minutes versions (Ek-1), distribution (R12.2) and the platform entry (R12.3).
CREATE TABLE meeting (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_key VARCHAR(40) NOT NULL,
  board_id BIGINT NOT NULL,
  plate_code INT NOT NULL,
  meeting_year INT NOT NULL,
  sequence_no INT,
  kind VARCHAR(15) NOT NULL,
  first_of_year BOOLEAN DEFAULT FALSE NOT NULL,
  title VARCHAR(150) ${turkish_collation} NOT NULL,
  window_start DATE NOT NULL,
  window_end DATE NOT NULL,
  sub_commission_window_start DATE,
  sub_commission_window_end DATE,
  planned_on DATE NOT NULL,
  agenda_opens_on DATE NOT NULL,
  agenda_due_date DATE NOT NULL,
  meeting_date DATE,
  start_time VARCHAR(5),
  place VARCHAR(250) ${turkish_collation},
  notice_due_date DATE,
  minutes_distribution_due_date DATE,
  platform_entry_due_date DATE,
  previous_decisions_evaluation VARCHAR(4000) ${turkish_collation},
  status VARCHAR(20) NOT NULL,
  version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT uq_meeting_key UNIQUE (meeting_key),
  CONSTRAINT fk_meeting_board FOREIGN KEY (board_id) REFERENCES board (id)
) ${table_options};

CREATE TABLE meeting_agenda_item (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  position_no INT NOT NULL,
  source VARCHAR(30) NOT NULL,
  title VARCHAR(500) ${turkish_collation} NOT NULL,
  institution_id BIGINT,
  risk BOOLEAN DEFAULT FALSE NOT NULL,
  CONSTRAINT fk_agenda_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ${table_options};

CREATE TABLE meeting_attendance (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  attended_as VARCHAR(15) NOT NULL,
  person_id BIGINT,
  for_membership_id BIGINT,
  full_name VARCHAR(200) ${turkish_collation} NOT NULL,
  title VARCHAR(150) ${turkish_collation},
  institution_name VARCHAR(250) ${turkish_collation},
  phone VARCHAR(30),
  CONSTRAINT fk_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ${table_options};

CREATE TABLE minutes_version (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  version_no INT NOT NULL,
  topics VARCHAR(3000) ${turkish_collation},
  problems VARCHAR(3000) ${turkish_collation},
  solutions VARCHAR(3000) ${turkish_collation},
  other_matters VARCHAR(3000) ${turkish_collation},
  correction_reason VARCHAR(1000) ${turkish_collation},
  status VARCHAR(10) NOT NULL,
  drafted_by VARCHAR(64),
  drafted_at TIMESTAMP NOT NULL,
  signed_by VARCHAR(64),
  signed_at TIMESTAMP NULL,
  version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT fk_minutes_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
  CONSTRAINT uq_minutes_version UNIQUE (meeting_id, version_no)
) ${table_options};

CREATE TABLE minutes_distribution (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  institution_id BIGINT NOT NULL,
  minutes_version_no INT NOT NULL,
  letter_number VARCHAR(100),
  sent_on DATE NOT NULL,
  recorded_by VARCHAR(64),
  recorded_at TIMESTAMP NOT NULL,
  CONSTRAINT fk_distribution_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ${table_options};

CREATE TABLE platform_entry (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  entered_on DATE NOT NULL,
  note VARCHAR(1000) ${turkish_collation},
  recorded_by VARCHAR(64),
  recorded_at TIMESTAMP NOT NULL,
  CONSTRAINT fk_platform_entry_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ${table_options};

CREATE INDEX ix_meeting_plate_year ON meeting (plate_code, meeting_year);
CREATE INDEX ix_agenda_item_meeting ON meeting_agenda_item (meeting_id);
CREATE INDEX ix_attendance_meeting ON meeting_attendance (meeting_id);
CREATE INDEX ix_distribution_meeting ON minutes_distribution (meeting_id);

INSERT INTO policy_parameter (name, param_value, effective_from, description) VALUES
 ('meetingDistributionReminderDays', '3', DATE '2023-01-01',
  'R12.2: tutanak dağıtım süresinin bitiminden kaç gün önce sekreterya hatırlatılır');

INSERT INTO policy_parameter (name, param_value, effective_from, description) VALUES
 ('meetingExtraordinaryWindowDays', '60', DATE '2023-01-01',
  'R7.3: olağanüstü toplantının, istendiği günden sonra en geç kaç gün içinde yapılacağı');
