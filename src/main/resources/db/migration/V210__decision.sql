-- Issue 4: the decision register (R12.1, Ek-1) and the follow-up reports of responsible institutions (R5.5-R5.7).
CREATE TABLE decision (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_key VARCHAR(40) NOT NULL,
  plate_code INT NOT NULL,
  decision_number INT NOT NULL,
  decision_text VARCHAR(4000) ${turkish_collation} NOT NULL,
  justification VARCHAR(4000) ${turkish_collation} NOT NULL,
  aim VARCHAR(4000) ${turkish_collation} NOT NULL,
  deadline DATE NOT NULL,
  risk_item BOOLEAN NOT NULL,
  action_plan_update BOOLEAN NOT NULL,
  created_at TIMESTAMP NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT uq_decision_number UNIQUE (meeting_key, decision_number)
) ${table_options};

CREATE INDEX ix_decision_plate ON decision (plate_code);

CREATE TABLE decision_responsibility (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  decision_id BIGINT NOT NULL,
  institution_id BIGINT NOT NULL,
  CONSTRAINT uq_decision_responsibility UNIQUE (decision_id, institution_id),
  CONSTRAINT fk_responsibility_decision FOREIGN KEY (decision_id) REFERENCES decision (id),
  CONSTRAINT fk_responsibility_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ${table_options};

CREATE TABLE follow_up_report (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  decision_id BIGINT NOT NULL,
  institution_id BIGINT NOT NULL,
  status VARCHAR(20) NOT NULL,
  note VARCHAR(4000) ${turkish_collation},
  reason VARCHAR(4000) ${turkish_collation},
  evidence VARCHAR(2000) ${turkish_collation},
  reported_by VARCHAR(64),
  reported_at TIMESTAMP NOT NULL,
  CONSTRAINT fk_report_decision FOREIGN KEY (decision_id) REFERENCES decision (id),
  CONSTRAINT fk_report_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ${table_options};

CREATE INDEX ix_report_decision ON follow_up_report (decision_id, institution_id);

INSERT INTO policy_parameter (name, param_value, effective_from, description) VALUES
 ('followUpDefaultReportDays', '90', DATE '2023-01-01',
  'R5.6, R5.7: bir sonraki toplantı tarihi bilinmiyorsa karar takip raporu bu kadar gün sonra (karar süresi daha yakınsa o gün) beklenir'),
 ('followUpEscalationDays', '5', DATE '2023-01-01',
  'R5.5: karar takip raporu son tarihinden bu kadar gün sonra hâlâ verilmemişse il sekreteryasına bildirilir');
