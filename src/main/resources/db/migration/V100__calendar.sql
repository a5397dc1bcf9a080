-- Issue 3 (statutory calendar): official holidays and administrative leave days (R-DATES).
-- The Law 2429 holidays are known by rule (FixedHolidays) and are not stored; this table holds religious holidays,
-- arife afternoons and administrative leave days, seeded by V102 and edited by administrators.
CREATE TABLE non_working_day (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  entry_date DATE NOT NULL,
  day_type VARCHAR(12) NOT NULL,
  day_part VARCHAR(4) NOT NULL,
  name VARCHAR(200) ${turkish_collation} NOT NULL,
  source VARCHAR(200),
  status VARCHAR(120),
  CONSTRAINT uq_non_working_day UNIQUE (entry_date, day_type),
  CONSTRAINT ck_non_working_day_type CHECK (day_type IN ('RESMI_TATIL', 'IDARI_IZIN')),
  CONSTRAINT ck_non_working_day_part CHECK (day_part IN ('FULL', 'AM', 'PM'))
) ${table_options};
