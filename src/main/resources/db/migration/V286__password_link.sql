-- Accounts without an administrator in the middle: a person given a login receives a one-time link to set their own
-- password ("Parolamı unuttum" sends another). Only the SHA-256 of a link's token is stored, never the token; a link
-- is used once, closes every other open link of its user, and expires after the policy's hours.
-- (The first TIMESTAMP column of each table has an explicit default, so that MariaDB with
-- explicit_defaults_for_timestamp off does not add ON UPDATE CURRENT_TIMESTAMP to it.)
CREATE TABLE password_link (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  token_hash CHAR(64) NOT NULL,
  username VARCHAR(64) NOT NULL,
  purpose VARCHAR(15) NOT NULL,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
  expires_at TIMESTAMP NOT NULL,
  closed_at TIMESTAMP NULL,
  closed_reason VARCHAR(15),
  CONSTRAINT uq_password_link_hash UNIQUE (token_hash)
) ${table_options};

CREATE INDEX ix_password_link_user ON password_link (username, closed_at);

-- "Parolamı unuttum" requests per client address: a light rate limit shared by all nodes; rows older than the
-- window are deleted as new requests come.
CREATE TABLE password_request (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  source VARCHAR(64) NOT NULL,
  requested_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
) ${table_options};

CREATE INDEX ix_password_request_source ON password_request (source, requested_at);

-- A confidential mail (a password link) keeps its body only until it is sent.
ALTER TABLE mail_message ADD confidential BOOLEAN DEFAULT FALSE NOT NULL;

INSERT INTO policy_parameter (name, param_value, effective_from, description) VALUES
 ('passwordInvitationValidHours', '168', DATE '2023-01-01',
  'Yeni hesaba gönderilen parola belirleme bağlantısının geçerlilik süresi (saat)'),
 ('passwordResetValidHours', '2', DATE '2023-01-01',
  '"Parolamı unuttum" ile istenen parola yenileme bağlantısının geçerlilik süresi (saat)');
