-- District board meetings (R8.1–R8.4, R11.2, R11.3, R12.4, R12.5) are rows of the meeting table: the district
-- board's id, the province's plate code (the tenant) and the district; R8.3's late deadline for ordinary meetings.
ALTER TABLE meeting ADD COLUMN district_id BIGINT;
ALTER TABLE meeting ADD COLUMN late_deadline DATE;
CREATE INDEX ix_meeting_district ON meeting (district_id);

-- R12.4: district minutes are approved by the chair and the members; the members who approved a version.
-- 1500 characters keep minutes_version under MariaDB's 65,535-byte row limit in utf8mb4.
ALTER TABLE minutes_version ADD COLUMN members_approval VARCHAR(1500) ${turkish_collation};

INSERT INTO policy_parameter (name, param_value, effective_from, description) VALUES
 ('districtDiscretionaryWindowDays', '60', DATE '2023-01-01',
  'R8.2, R8.4: Kaymakamın takdiriyle ya da olağanüstü çağrılan ilçe kurulu toplantısının en geç kaç gün içinde yapılacağı');
