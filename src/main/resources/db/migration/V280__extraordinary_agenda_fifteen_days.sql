-- R10.1, R10.2 ("her kuruldan on beş gün önce"): an extraordinary meeting's agenda gets the circular's fifteen days too.
-- The call collects proposals as long as an ordinary one (agendaCollectionLeadDays, 10) and the meeting is held at
-- least 15 days after the proposals' due date. Both stay policy rows (R15.3): the presidency may shorten them.
UPDATE policy_parameter SET param_value = '10',
  description = 'R7.3, R10.2: olağanüstü toplantının gündem önerilerinin toplandığı süre (gün; son gün iş günü değilse sonraki iş günü)'
  WHERE name = 'meetingExtraordinaryAgendaDays' AND effective_from = DATE '2023-01-01';
UPDATE policy_parameter SET name = 'meetingExtraordinaryProposalDaysBefore', param_value = '15',
  description = 'R10.1, R10.2: olağanüstü toplantının gündem önerilerinin son gününden toplantıya en az kaç gün kalır (genelge: 15; Başkanlık kısaltabilir)'
  WHERE name = 'meetingExtraordinaryNoticeDays' AND effective_from = DATE '2023-01-01';
