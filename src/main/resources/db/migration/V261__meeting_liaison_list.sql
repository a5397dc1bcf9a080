-- R5.8, R6.5: the sub-commission member (liaison officer) list signed at the first provincial board of the year, one
-- row per slot (kind SIGNED), and replacements a board decision makes during the year (kind REPLACED, R5.11).
CREATE TABLE meeting_liaison_list (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  kind VARCHAR(10) NOT NULL,
  institution_id BIGINT NOT NULL,
  role VARCHAR(12) NOT NULL,
  person_id BIGINT NOT NULL,
  decision_ref VARCHAR(200) ${turkish_collation},
  warning VARCHAR(500) ${turkish_collation},
  recorded_by VARCHAR(64) NOT NULL,
  recorded_at TIMESTAMP NOT NULL,
  CONSTRAINT uq_meeting_liaison_slot UNIQUE (meeting_id, kind, institution_id, role),
  CONSTRAINT fk_meeting_liaison_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ${table_options};
