-- R13.2: every board decision on an Ek-3 report, one row per board meeting that decided on it: the first board of
-- the following year, and after a rejection the later board meeting (ordinary or extraordinary) that decided on the
-- revised report. Who recorded it and which version the board had before it. annual_report.board_* keeps the latest.
CREATE TABLE annual_report_board_decision (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  report_id BIGINT NOT NULL,
  meeting_key VARCHAR(40) NOT NULL,
  decision VARCHAR(10) NOT NULL,
  decided_on DATE NOT NULL,
  note VARCHAR(1000) ${turkish_collation},
  report_version INT NOT NULL,
  recorded_by VARCHAR(64) NOT NULL,
  recorded_at TIMESTAMP NOT NULL,
  CONSTRAINT fk_annual_report_board_decision FOREIGN KEY (report_id) REFERENCES annual_report (id)
) ${table_options};

CREATE INDEX ix_annual_report_board_decision_meeting ON annual_report_board_decision (meeting_key);

-- the decisions recorded before this table existed (the first board's)
INSERT INTO annual_report_board_decision (report_id, meeting_key, decision, decided_on, note, report_version, recorded_by, recorded_at)
SELECT id, board_meeting_key, board_decision, board_decided_on, board_decision_note, COALESCE(approved_version, 0),
       COALESCE(board_decision_recorded_by, 'sistem'), created_at
FROM annual_report WHERE board_meeting_key IS NOT NULL AND board_decision IS NOT NULL AND board_decided_on IS NOT NULL;
