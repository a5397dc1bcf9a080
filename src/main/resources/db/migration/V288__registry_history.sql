-- The registry's change history (Hibernate Envers): one revision per saved change, with who made it and when
-- (Kurul's clock, epoch milliseconds); each audited table keeps its rows per revision in <table>_aud,
-- revtype 0 = added, 1 = changed, 2 = removed. Optimistic-lock versions are not kept.
CREATE TABLE registry_revision (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  changed_at BIGINT NOT NULL,
  username VARCHAR(100)
) ${table_options};

CREATE TABLE board_aud (
  id BIGINT NOT NULL,
  rev BIGINT NOT NULL,
  revtype TINYINT,
  level VARCHAR(10),
  plate_code INT,
  district_id BIGINT,
  name VARCHAR(200) ${turkish_collation},
  foreign_population INT,
  population_as_of DATE,
  population_source VARCHAR(250),
  border_district BOOLEAN,
  PRIMARY KEY (id, rev),
  CONSTRAINT fk_board_aud_rev FOREIGN KEY (rev) REFERENCES registry_revision (id)
) ${table_options};

CREATE TABLE person_aud (
  id BIGINT NOT NULL,
  rev BIGINT NOT NULL,
  revtype TINYINT,
  first_name VARCHAR(100) ${turkish_collation},
  last_name VARCHAR(100) ${turkish_collation},
  title VARCHAR(150) ${turkish_collation},
  institution_id BIGINT,
  phone VARCHAR(30),
  email VARCHAR(200),
  username VARCHAR(64),
  branch_manager_level BOOLEAN,
  system_roles VARCHAR(100),
  PRIMARY KEY (id, rev),
  CONSTRAINT fk_person_aud_rev FOREIGN KEY (rev) REFERENCES registry_revision (id)
) ${table_options};

CREATE TABLE board_membership_aud (
  id BIGINT NOT NULL,
  rev BIGINT NOT NULL,
  revtype TINYINT,
  board_id BIGINT,
  person_id BIGINT,
  role VARCHAR(20),
  institution_id BIGINT,
  deputy_of_id BIGINT,
  valid_from DATE,
  valid_to DATE,
  PRIMARY KEY (id, rev),
  CONSTRAINT fk_board_membership_aud_rev FOREIGN KEY (rev) REFERENCES registry_revision (id)
) ${table_options};

CREATE TABLE liaison_assignment_aud (
  id BIGINT NOT NULL,
  rev BIGINT NOT NULL,
  revtype TINYINT,
  institution_id BIGINT,
  assignment_year INT,
  role VARCHAR(12),
  person_id BIGINT,
  PRIMARY KEY (id, rev),
  CONSTRAINT fk_liaison_assignment_aud_rev FOREIGN KEY (rev) REFERENCES registry_revision (id)
) ${table_options};

CREATE INDEX ix_board_membership_aud_board ON board_membership_aud (board_id);
CREATE INDEX ix_liaison_assignment_aud_year ON liaison_assignment_aud (assignment_year, institution_id);
