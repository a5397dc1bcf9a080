-- R10.2, R10.8, R10.9, R10.10: what the secretariat did with each institution's proposal and special agenda request
-- (taken onto the agenda or set aside, with the reason), and the text an agenda item carries onto the Ek-1.
ALTER TABLE agenda_proposal ADD proposal_taken BOOLEAN;
ALTER TABLE agenda_proposal ADD special_request_taken BOOLEAN;
ALTER TABLE agenda_proposal ADD set_aside_reason VARCHAR(1000) ${turkish_collation};
ALTER TABLE meeting_agenda_item ADD detail ${clob_type};
