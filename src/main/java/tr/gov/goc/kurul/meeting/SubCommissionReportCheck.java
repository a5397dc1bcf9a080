package tr.gov.goc.kurul.meeting;

import java.util.Optional;

/** Whether the sub-commission that prepared a meeting has recorded its report (R10.3), and its gist. */
interface SubCommissionReportCheck {

    Optional<String> summary(String meetingKey);
}
