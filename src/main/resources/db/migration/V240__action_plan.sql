-- Issue 5: the local harmonisation action plan (yerel uyum eylem planı, R5.13, R5.14): every version kept with its
-- items, the member institutions' opinions of each update and the progress the sub-commission reports per item.
-- Long texts stay small enough that each utf8mb4 row is far below MariaDB's 65,535-byte row limit.
CREATE TABLE action_plan_version (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  plate_code INT NOT NULL,
  version_no INT NOT NULL,
  status VARCHAR(15) NOT NULL,
  update_key VARCHAR(80),
  decision_id BIGINT,
  change_note VARCHAR(1000) ${turkish_collation},
  created_by VARCHAR(100) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  submitted_by VARCHAR(100),
  submitted_at TIMESTAMP,
  decided_by VARCHAR(100),
  decided_at TIMESTAMP,
  decision_reason VARCHAR(2000) ${turkish_collation},
  version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT uq_action_plan_version UNIQUE (plate_code, version_no)
) ${table_options};

CREATE TABLE action_plan_item (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  version_id BIGINT NOT NULL,
  position_no INT NOT NULL,
  item_code VARCHAR(10) NOT NULL,
  thematic_area VARCHAR(100) ${turkish_collation} NOT NULL,
  action_text VARCHAR(1000) ${turkish_collation} NOT NULL,
  responsible VARCHAR(500) ${turkish_collation} NOT NULL,
  target_date DATE NOT NULL,
  indicator VARCHAR(500) ${turkish_collation} NOT NULL,
  CONSTRAINT uq_action_plan_item UNIQUE (version_id, item_code),
  CONSTRAINT fk_action_plan_item_version FOREIGN KEY (version_id) REFERENCES action_plan_version (id)
) ${table_options};

CREATE TABLE action_plan_opinion (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  update_key VARCHAR(80) NOT NULL,
  plate_code INT NOT NULL,
  institution_id BIGINT NOT NULL,
  institution_name VARCHAR(250) ${turkish_collation} NOT NULL,
  status VARCHAR(15) NOT NULL,
  opinion_text VARCHAR(3000) ${turkish_collation},
  recorded_by VARCHAR(100),
  recorded_at TIMESTAMP NOT NULL,
  CONSTRAINT uq_action_plan_opinion UNIQUE (update_key, institution_id)
) ${table_options};

CREATE TABLE action_plan_progress (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  plate_code INT NOT NULL,
  item_code VARCHAR(10) NOT NULL,
  meeting_key VARCHAR(40) NOT NULL,
  progress_percent INT NOT NULL,
  note VARCHAR(1000) ${turkish_collation},
  recorded_by VARCHAR(100),
  recorded_at TIMESTAMP NOT NULL
) ${table_options};

CREATE INDEX ix_action_plan_progress ON action_plan_progress (plate_code, item_code);

INSERT INTO policy_parameter (name, param_value, effective_from, description) VALUES
 ('actionPlanUpdateDays', '15', DATE '2023-01-01',
  'R5.13: eylem planının güncellenmesi istendiğinde İl GİM''e verilen süre (gün; son gün iş günü değilse sonraki iş günü)'),
 ('actionPlanReminderDaysBefore', '3', DATE '2023-01-01',
  'R5.13: güncelleme süresinin bitiminden kaç gün önce İl GİM hatırlatılır (tatile denk gelirse önceki iş günü)'),
 ('actionPlanOpinionDays', '10', DATE '2023-01-01',
  'R5.13: üye kurumların eylem planı güncellemesine görüş vereceği süre (gün; 15 günlük sürenin içinde kalmalıdır)');

INSERT INTO policy_parameter (name, param_value, effective_from, description) VALUES
 ('meetingExtraordinaryAgendaDays', '7', DATE '2023-01-01',
  'R7.3, R10.1, R10.2: olağanüstü toplantıda gündem önerilerinin toplanacağı kısaltılmış süre (gün; son gün iş günü değilse sonraki iş günü)'),
 ('meetingExtraordinaryNoticeDays', '5', DATE '2023-01-01',
  'R7.3, R11.3: olağanüstü toplantıda gündemin kapanmasından toplantıya kadar bırakılan bildirim süresi (gün; R11.3 gereği en az 5)');
