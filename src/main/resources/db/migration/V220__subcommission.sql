-- Issue 4, subCommissionMeeting: the sub-commission's meeting (R6.9, R11.4), its Ek-1 report (R6.7, R6.8, R5.14,
-- R12.6) with the Ek-2 attendance list (R12.7), and the platform entry (R12.6). Linked by the board meeting's key.
-- Long texts are VARCHAR(3000): a MariaDB row holds at most 65,535 bytes (4 per utf8mb4 character), and the same
-- texts pass through Camunda string variables (4,000 characters).
CREATE TABLE sub_commission_meeting (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_key VARCHAR(40) NOT NULL,
  business_key VARCHAR(60) NOT NULL,
  process_instance_id VARCHAR(64),
  plate_code INT NOT NULL,
  title VARCHAR(200) ${turkish_collation} NOT NULL,
  meeting_date DATE NOT NULL,
  meeting_time VARCHAR(5) NOT NULL,
  place VARCHAR(200) ${turkish_collation} NOT NULL,
  notice_due_date DATE NOT NULL,
  platform_entry_due_date DATE NOT NULL,
  scheduled_by VARCHAR(64),
  scheduled_at TIMESTAMP NOT NULL,
  notices_sent_at TIMESTAMP NULL,
  notice_count INT,
  version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT uq_sub_commission_meeting_key UNIQUE (meeting_key)
) ${table_options};

CREATE TABLE sub_commission_report (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  category VARCHAR(60) ${turkish_collation} NOT NULL,
  chaired_by VARCHAR(150) ${turkish_collation} NOT NULL,
  topics VARCHAR(3000) ${turkish_collation},
  no_findings BOOLEAN DEFAULT FALSE NOT NULL,
  problems VARCHAR(3000) ${turkish_collation},
  proposals VARCHAR(3000) ${turkish_collation},
  action_plan_monitoring VARCHAR(3000) ${turkish_collation} NOT NULL,
  participant_count INT NOT NULL,
  recorded_by VARCHAR(64),
  recorded_at TIMESTAMP NOT NULL,
  platform_entered_on DATE NULL,
  platform_entered_by VARCHAR(64),
  platform_recorded_at TIMESTAMP NULL,
  platform_note VARCHAR(1000) ${turkish_collation},
  version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT uq_sub_commission_report_meeting UNIQUE (meeting_id),
  CONSTRAINT fk_sub_commission_report_meeting FOREIGN KEY (meeting_id) REFERENCES sub_commission_meeting (id)
) ${table_options};

CREATE TABLE sub_commission_finding (
  report_id BIGINT NOT NULL,
  area VARCHAR(30) NOT NULL,
  finding_text VARCHAR(2000) ${turkish_collation} NOT NULL,
  CONSTRAINT pk_sub_commission_finding PRIMARY KEY (report_id, area),
  CONSTRAINT fk_sub_commission_finding_report FOREIGN KEY (report_id) REFERENCES sub_commission_report (id)
) ${table_options};

CREATE TABLE sub_commission_attendance (
  report_id BIGINT NOT NULL,
  row_no INT NOT NULL,
  institution_id BIGINT NOT NULL,
  institution_name VARCHAR(200) ${turkish_collation} NOT NULL,
  person_name VARCHAR(150) ${turkish_collation},
  person_title VARCHAR(150) ${turkish_collation},
  liaison_role VARCHAR(12),
  present BOOLEAN NOT NULL,
  CONSTRAINT pk_sub_commission_attendance PRIMARY KEY (report_id, row_no),
  CONSTRAINT fk_sub_commission_attendance_report FOREIGN KEY (report_id) REFERENCES sub_commission_report (id)
) ${table_options};
