-- Failed logins per typed user name and client address: the growing delay after wrong passwords (no permanent lock;
-- another address is not held back by an attacker's failures) and the administrators' alert about repeated failures.
-- Rows are kept for a day after the last failure; a right password clears its address's row.
CREATE TABLE login_attempt (
  username VARCHAR(128) NOT NULL,
  source VARCHAR(64) NOT NULL,
  failures INT NOT NULL,
  last_failure_at TIMESTAMP NOT NULL,
  locked_until TIMESTAMP NULL,
  PRIMARY KEY (username, source)
) ${table_options};

CREATE INDEX ix_login_attempt_last ON login_attempt (last_failure_at);

-- The failure count at which the administrators were last told about a user name (told again when it doubles).
CREATE TABLE login_alert (
  username VARCHAR(128) NOT NULL PRIMARY KEY,
  failures INT NOT NULL,
  alerted_at TIMESTAMP NOT NULL
) ${table_options};
