-- R12.7: the sub-commission's Ek-2 carries each participant's phone, and people who are not liaison officers
-- (the Uyum Çalışma Grubu's staff, community representatives, experts invited for a topic) are listed too.
ALTER TABLE sub_commission_attendance ADD phone VARCHAR(30);

CREATE TABLE sub_commission_other_participant (
  report_id BIGINT NOT NULL,
  row_no INT NOT NULL,
  person_name VARCHAR(150) ${turkish_collation} NOT NULL,
  person_title VARCHAR(150) ${turkish_collation},
  institution_name VARCHAR(200) ${turkish_collation},
  phone VARCHAR(30),
  CONSTRAINT pk_sub_commission_other_participant PRIMARY KEY (report_id, row_no),
  CONSTRAINT fk_sub_commission_other_participant_report FOREIGN KEY (report_id) REFERENCES sub_commission_report (id)
) ${table_options};
