-- R6.9, R11.4: the sub-commission's day is set before its first week begins, so every working day of days 1–7 can
-- still be noticed three days ahead (a first week whose days 4–7 are holidays keeps days 1–3).
INSERT INTO policy_parameter (name, param_value, effective_from, description) VALUES
 ('subCommissionCallDaysBefore', '7', DATE '2023-01-01',
  'R6.9, R11.4: alt komisyon toplantısının günü, ilk haftanın ilk gününden kaç gün önce belirlenmeye başlar (bildirim en az 3 gün önce)');
