package tr.gov.goc.kurul.meeting;

import tr.gov.goc.kurul.common.TurkishDates;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.subcommission.SubCommissionReports;

/** R10.3: the sub-commission's report, as the secretary sees it when compiling the agenda. */
@Component
class SubCommissionReportAdapter implements SubCommissionReportCheck {


    private final SubCommissionReports reports;

    SubCommissionReportAdapter(SubCommissionReports reports) {
        this.reports = reports;
    }

    @Override
    public Optional<String> summary(String meetingKey) {
        return reports.forMeeting(meetingKey).map(r -> "Alt komisyon " + TurkishDates.format(r.date()) + " tarihinde "
                + r.participantCount() + " katılımcıyla toplandı."
                + (r.problems() == null ? "" : "\nSorunlar: " + r.problems())
                + (r.proposals() == null ? "" : "\nÇözüm önerileri: " + r.proposals()));
    }
}
