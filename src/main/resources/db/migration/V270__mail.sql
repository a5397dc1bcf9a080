-- Outgoing e-mail (issue #6): the outbox. A row is written in the transaction that decides to send; its delivery
-- job (process mailDelivery) marks it SENT. Bodies, invitations and attachments are LOBs (outside the row limit).
CREATE TABLE mail_message (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind VARCHAR(40) NOT NULL,
  business_key VARCHAR(100),
  plate_code INT,
  recipient_label VARCHAR(250) ${turkish_collation},
  recipients VARCHAR(2000) NOT NULL,
  subject VARCHAR(500) ${turkish_collation} NOT NULL,
  body ${clob_type},
  calendar ${clob_type},
  attachment_name VARCHAR(200),
  attachment ${blob_type},
  status VARCHAR(15) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  sent_at TIMESTAMP NULL,
  process_instance_id VARCHAR(64),
  version BIGINT DEFAULT 0 NOT NULL
) ${table_options};

CREATE INDEX ix_mail_business_key ON mail_message (business_key, kind);
CREATE INDEX ix_mail_plate ON mail_message (plate_code);
