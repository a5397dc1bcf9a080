-- R9.3: "İzinli üyeler, acil durumlarda Kurul Başkanı tarafından toplantıya çağrılabilir." An excused member called in
-- by the chair keeps the excuse on record with who called them, when and why.
ALTER TABLE meeting_excuse ADD called_in_by VARCHAR(100);
ALTER TABLE meeting_excuse ADD called_in_at TIMESTAMP NULL;
ALTER TABLE meeting_excuse ADD call_in_reason VARCHAR(500) ${turkish_collation};
