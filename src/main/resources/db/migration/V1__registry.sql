-- Kurul registry: provinces, districts, institutions, boards, people, memberships, liaison officers.
-- ${table_options} and ${turkish_collation} are empty on H2 and set for MariaDB (utf8mb4, Turkish order).

CREATE TABLE province (
  plate_code INT NOT NULL PRIMARY KEY,
  name VARCHAR(100) ${turkish_collation} NOT NULL,
  CONSTRAINT uq_province_name UNIQUE (name)
) ${table_options};

CREATE TABLE district (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  plate_code INT NOT NULL,
  name VARCHAR(100) ${turkish_collation} NOT NULL,
  has_migration_directorate BOOLEAN DEFAULT FALSE NOT NULL,
  CONSTRAINT fk_district_province FOREIGN KEY (plate_code) REFERENCES province (plate_code),
  CONSTRAINT uq_district_name UNIQUE (plate_code, name)
) ${table_options};

-- The catalogues of Art 4(2) (provincial members) and Art 4(3) (district members).
CREATE TABLE institution_kind (
  code VARCHAR(40) NOT NULL PRIMARY KEY,
  level VARCHAR(10) NOT NULL,
  name_template VARCHAR(200) ${turkish_collation} NOT NULL,
  article VARCHAR(10) NOT NULL,
  only_where_present BOOLEAN DEFAULT FALSE NOT NULL,
  sends_liaison BOOLEAN DEFAULT FALSE NOT NULL,
  sort_order INT NOT NULL
) ${table_options};

CREATE TABLE institution (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  plate_code INT NOT NULL,
  district_id BIGINT,
  kind_code VARCHAR(40),
  code VARCHAR(60) NOT NULL,
  name VARCHAR(250) ${turkish_collation} NOT NULL,
  category VARCHAR(10) NOT NULL,
  official_email VARCHAR(200),
  phone VARCHAR(30),
  version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT fk_institution_province FOREIGN KEY (plate_code) REFERENCES province (plate_code),
  CONSTRAINT fk_institution_district FOREIGN KEY (district_id) REFERENCES district (id),
  CONSTRAINT fk_institution_kind FOREIGN KEY (kind_code) REFERENCES institution_kind (code),
  CONSTRAINT uq_institution_code UNIQUE (plate_code, code)
) ${table_options};

CREATE TABLE board (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  level VARCHAR(10) NOT NULL,
  plate_code INT NOT NULL,
  district_id BIGINT,
  name VARCHAR(200) ${turkish_collation} NOT NULL,
  foreign_population INT,
  population_as_of DATE,
  population_source VARCHAR(250),
  border_district BOOLEAN DEFAULT FALSE NOT NULL,
  version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT fk_board_province FOREIGN KEY (plate_code) REFERENCES province (plate_code),
  CONSTRAINT fk_board_district FOREIGN KEY (district_id) REFERENCES district (id),
  CONSTRAINT uq_board_area UNIQUE (level, plate_code, district_id)
) ${table_options};

CREATE TABLE person (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  first_name VARCHAR(100) ${turkish_collation} NOT NULL,
  last_name VARCHAR(100) ${turkish_collation} NOT NULL,
  title VARCHAR(150) ${turkish_collation},
  institution_id BIGINT,
  phone VARCHAR(30),
  email VARCHAR(200),
  username VARCHAR(64),
  branch_manager_level BOOLEAN DEFAULT FALSE NOT NULL,
  system_roles VARCHAR(100) DEFAULT '' NOT NULL,
  version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT fk_person_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
  CONSTRAINT uq_person_username UNIQUE (username)
) ${table_options};

CREATE TABLE board_membership (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  board_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  role VARCHAR(20) NOT NULL,
  institution_id BIGINT,
  deputy_of_id BIGINT,
  valid_from DATE,
  valid_to DATE,
  version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT fk_membership_board FOREIGN KEY (board_id) REFERENCES board (id),
  CONSTRAINT fk_membership_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_membership_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
  CONSTRAINT fk_membership_deputy_of FOREIGN KEY (deputy_of_id) REFERENCES board_membership (id)
) ${table_options};

CREATE TABLE liaison_assignment (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  institution_id BIGINT NOT NULL,
  assignment_year INT NOT NULL,
  role VARCHAR(12) NOT NULL,
  person_id BIGINT NOT NULL,
  version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT fk_liaison_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
  CONSTRAINT fk_liaison_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT uq_liaison_slot UNIQUE (institution_id, assignment_year, role)
) ${table_options};

-- R15.3: policy numbers are data with an effective-from date.
CREATE TABLE policy_parameter (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(80) NOT NULL,
  param_value VARCHAR(200) NOT NULL,
  effective_from DATE NOT NULL,
  description VARCHAR(500) ${turkish_collation},
  CONSTRAINT uq_policy_parameter UNIQUE (name, effective_from)
) ${table_options};

CREATE INDEX ix_institution_district ON institution (district_id);
CREATE INDEX ix_board_plate ON board (plate_code);
CREATE INDEX ix_person_institution ON person (institution_id);
CREATE INDEX ix_membership_board ON board_membership (board_id);
CREATE INDEX ix_membership_person ON board_membership (person_id);
CREATE INDEX ix_liaison_person ON liaison_assignment (person_id);

INSERT INTO policy_parameter (name, param_value, effective_from, description) VALUES
 ('provincialBoardKaymakamPopulationAbove', '2000', DATE '2023-01-01',
  'R4.2: yabancı nüfusu bu sayıdan FAZLA olan ilçelerin kaymakamları il kuruluna üyedir');
