-- Annual evaluation reports (Ek-3, R13.1-R13.4): one per province and evaluated year, with every submitted version.
-- The seven narrative sections are VARCHAR(2000): seven of them in utf8mb4 stay under MariaDB's 65,535-byte row limit.
CREATE TABLE annual_report (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  plate_code INT NOT NULL,
  report_year INT NOT NULL,
  business_key VARCHAR(20) NOT NULL,
  status VARCHAR(20) NOT NULL,
  draft_due_date DATE NOT NULL,
  platform_entry_due_date DATE NOT NULL,
  platform_entered_on DATE,
  platform_entered_by VARCHAR(64),
  platform_version INT,
  platform_note VARCHAR(1000) ${turkish_collation},
  board_meeting_key VARCHAR(40),
  board_decision VARCHAR(10),
  board_decided_on DATE,
  board_decision_note VARCHAR(1000) ${turkish_collation},
  board_decision_recorded_by VARCHAR(64),
  approved_version INT,
  approved_by VARCHAR(64),
  approved_on DATE,
  created_at TIMESTAMP NOT NULL,
  version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT uq_annual_report UNIQUE (plate_code, report_year)
) ${table_options};

CREATE TABLE annual_report_version (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  report_id BIGINT NOT NULL,
  version_no INT NOT NULL,
  main_problems VARCHAR(2000) ${turkish_collation},
  decisions_evaluation VARCHAR(2000) ${turkish_collation},
  not_implemented VARCHAR(2000) ${turkish_collation},
  unsolved_problems VARCHAR(2000) ${turkish_collation},
  solution_proposals VARCHAR(2000) ${turkish_collation},
  expected_support VARCHAR(2000) ${turkish_collation},
  conclusions VARCHAR(2000) ${turkish_collation},
  prepared_by VARCHAR(64) NOT NULL,
  prepared_at TIMESTAMP NOT NULL,
  CONSTRAINT uq_annual_report_version UNIQUE (report_id, version_no),
  CONSTRAINT fk_annual_report_version FOREIGN KEY (report_id) REFERENCES annual_report (id)
) ${table_options};
