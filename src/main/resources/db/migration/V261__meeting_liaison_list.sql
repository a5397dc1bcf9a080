-- R5.8, R6.5: the sub-commission member list signed at the first provincial board of the year (one row per slot).
CREATE TABLE meeting_liaison_list (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  institution_id BIGINT NOT NULL,
  role VARCHAR(12) NOT NULL,
  person_id BIGINT NOT NULL,
  warning VARCHAR(500) ${turkish_collation},
  signed_by VARCHAR(64) NOT NULL,
  signed_at TIMESTAMP NOT NULL,
  CONSTRAINT uq_meeting_liaison_slot UNIQUE (meeting_id, institution_id, role),
  CONSTRAINT fk_meeting_liaison_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ${table_options};
