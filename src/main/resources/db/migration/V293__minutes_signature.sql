-- R12.1, R12.2, R12.4: the minutes are signed by the chair and every member (or deputy) who sat; each signature is
-- kept per minutes version: in Tasklist by the signatory, or a wet signature on the printed Ek-1 recorded by the
-- secretariat. A returned version keeps its signatures; the redraft is a new version whose signatures start again.
CREATE TABLE minutes_signature (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  minutes_version_id BIGINT NOT NULL,
  attendance_id BIGINT NOT NULL,
  person_id BIGINT,
  how VARCHAR(10) NOT NULL,
  signed_at TIMESTAMP NOT NULL,
  recorded_by VARCHAR(100) NOT NULL,
  dissent_note VARCHAR(2000) ${turkish_collation},
  CONSTRAINT uq_minutes_signature UNIQUE (minutes_version_id, attendance_id),
  CONSTRAINT fk_minutes_signature_version FOREIGN KEY (minutes_version_id) REFERENCES minutes_version (id)
) ${table_options};

ALTER TABLE minutes_version ADD COLUMN return_reason VARCHAR(1000) ${turkish_collation};
ALTER TABLE minutes_version ADD COLUMN returned_by VARCHAR(100);

INSERT INTO policy_parameter (name, param_value, effective_from, description) VALUES
 ('minutesSignatureReminderDays', '2', DATE '2023-01-01',
  'R12.2: tutanağı imzalamayan üyeye ve sekretaryaya dağıtım süresinin bitiminden bu kadar gün önce hatırlatma yapılır');
