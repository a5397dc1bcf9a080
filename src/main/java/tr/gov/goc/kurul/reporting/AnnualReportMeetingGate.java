package tr.gov.goc.kurul.reporting;

import java.util.Optional;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.meeting.AnnualReportGate;
import tr.gov.goc.kurul.meeting.Meeting;

/** R13.2: the first board of the year and the Ek-3 report on the year before; a revised report and the next board. */
@Component
class AnnualReportMeetingGate implements AnnualReportGate {

    private final AnnualReports reports;

    AnnualReportMeetingGate(AnnualReports reports) {
        this.reports = reports;
    }

    @Override
    public Optional<String> agendaRefusal(Meeting meeting) {
        return reports.agendaRefusal(meeting.getPlateCode(), meeting.getYear());
    }

    @Override
    public Optional<String> minutesRefusal(Meeting meeting) {
        return reports.minutesRefusal(meeting.getMeetingKey(), meeting.getPlateCode(), meeting.getYear());
    }

    @Override
    public Optional<String> revisedReportAgendaItem(Meeting meeting) {
        return reports.revisedReportAgendaItem(meeting);
    }

    @Override
    public Optional<String> revisedReportMinutesRefusal(Meeting meeting) {
        return reports.revisedReportMinutesRefusal(meeting);
    }
}
