-- The Ek-1 PDF handed out for signing, per minutes version, and the same PDF as it grows with each qualified
-- electronic signature (PAdES, incremental updates) until Kurul adds the signature page and its seal (R12.1, R12.2).
CREATE TABLE minutes_pdf (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  minutes_version_no INT NOT NULL,
  base_pdf ${blob_type} NOT NULL,
  current_pdf ${blob_type} NOT NULL,
  base_sha256 VARCHAR(64) NOT NULL,
  qualified_signatures INT NOT NULL,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT fk_minutes_pdf_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
  CONSTRAINT uq_minutes_pdf UNIQUE (meeting_id, minutes_version_no)
) ${table_options};

-- a qualified signature (how = QUALIFIED) keeps whose certificate signed it
ALTER TABLE minutes_signature ADD COLUMN certificate_subject VARCHAR(500) ${turkish_collation};
ALTER TABLE minutes_signature ADD COLUMN certificate_issuer VARCHAR(500) ${turkish_collation};
