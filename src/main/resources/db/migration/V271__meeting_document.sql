-- Issue #6: the Ek-1 minutes and Ek-2 participant list PDFs kept with each signed minutes version (R12.2, R12.8).
CREATE TABLE meeting_document (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  meeting_key VARCHAR(40) NOT NULL,
  minutes_version_no INT NOT NULL,
  kind VARCHAR(20) NOT NULL,
  content ${blob_type} NOT NULL,
  sha256 VARCHAR(64) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  CONSTRAINT fk_meeting_document_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
  CONSTRAINT uq_meeting_document UNIQUE (meeting_id, minutes_version_no, kind)
) ${table_options};
