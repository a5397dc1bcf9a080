package tr.gov.goc.kurul.year;

import tr.gov.goc.kurul.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tr.gov.goc.kurul.actionplan.ActionPlans;
import tr.gov.goc.kurul.actionplan.VersionStatus;
import tr.gov.goc.kurul.calendar.StatutoryCalendar;
import tr.gov.goc.kurul.calendar.WorkingDayCalendar;
import tr.gov.goc.kurul.decision.DecisionStatus;
import tr.gov.goc.kurul.decision.Decisions;
import tr.gov.goc.kurul.decision.FollowUpStatus;
import tr.gov.goc.kurul.meeting.Meeting;
import tr.gov.goc.kurul.meeting.MeetingKind;
import tr.gov.goc.kurul.meeting.MeetingStatus;
import tr.gov.goc.kurul.meeting.Meetings;
import tr.gov.goc.kurul.meeting.SubCommissionFormation;
import tr.gov.goc.kurul.reporting.AnnualReportView;
import tr.gov.goc.kurul.reporting.AnnualReports;
import tr.gov.goc.kurul.demo.Autopilot;
import tr.gov.goc.kurul.support.MariaDbIntegrationTest;
import tr.gov.goc.kurul.demo.TaskAnswers;

/**
 * A whole year of Gaziantep (434,000 foreigners: four board meetings) on the real MariaDB, lived day by day by the
 * engine clock from the yearly planning on 1 December (the January meeting is prepared in December) to the end
 * of the next January: every task is answered on time by its users (the {@link Autopilot}), and at the end every
 * meeting has been held in its window, every deadline task carried its statutory due date, and every decision has
 * been followed up to the end.
 */
@MariaDbIntegrationTest
class YearOfAProvinceMariaDbTest {

    private static final int GAZIANTEP = 27;
    private static final int YEAR = 2027;

    @Autowired
    ProcessEngine engine;
    @Autowired
    Meetings meetings;
    @Autowired
    Decisions decisions;
    @Autowired
    StatutoryCalendar calendar;
    @Autowired
    ActionPlans actionPlans;
    @Autowired
    AnnualReports annualReports;
    @Autowired
    SubCommissionFormation formation;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aYearOfGaziantepRunsOnTimeFromPlanToAnnualReport() {
        Map<String, Autopilot.Answer> answers = new HashMap<>(TaskAnswers.standard());
        // the district boards meet late in the month (from the 20th): their platform entry still comes by the month's end
        answers.put("districtBoardCycle/Task_SetMeetingDate", (task, pilot) -> {
            LocalDate windowStart = pilot.dateVariable(task, "windowStart");
            LocalDate from = windowStart.withDayOfMonth(20).isAfter(pilot.today().plusDays(6))
                    ? windowStart.withDayOfMonth(20) : pilot.today().plusDays(6);
            return Autopilot.weekdays(from, from.plusDays(20)).stream().map(d -> Map.<String, Object>of(
                    "meetingDateChoice", d.toString(), "meetingTime", "10:00", "meetingPlace", "Kaymakamlık Toplantı Salonu")).toList();
        });
        Autopilot pilot = new Autopilot(engine, answers, GAZIANTEP + "-");
        // 1 December: the yearly planning timer plans next year for every board (R7.1, R8.1)
        pilot.at(LocalDateTime.of(YEAR - 1, 12, 1, 9, 0));
        List<Meeting> planned = ordinaryMeetings();
        assertThat(planned).extracting(Meeting::getMeetingKey)
                .containsExactly("27-2027-1", "27-2027-2", "27-2027-3", "27-2027-4");

        // the January meeting's sub-commission meets in the first week of December (R6.9): the year starts now
        pilot.live(LocalDate.of(YEAR - 1, 12, 1), LocalDate.of(YEAR + 1, 1, 31));

        WorkingDayCalendar workingDays = calendar.workingDays();
        for (Meeting meeting : ordinaryMeetings()) {
            String key = meeting.getMeetingKey();
            // R7.1: held in its window, minutes signed, distributed and entered in the platform
            assertThat(meeting.getStatus()).as(key).isEqualTo(MeetingStatus.MINUTES_SIGNED);
            assertThat(meeting.getMeetingDate()).as(key).isBetween(meeting.getWindowStart(), meeting.getWindowEnd());
            assertThat(meetings.distributions(meeting)).as(key).isNotEmpty();
            assertThat(meetings.platformEntries(meeting)).as(key).isNotEmpty();
            // R10.2, R-DATES: proposals due 15 days before the earliest possible meeting day (the window's first
            // working day), or the working day before if that is not one
            LocalDate earliestMeeting = workingDays.onOrAfter(meeting.getWindowStart());
            assertThat(dueDates(key, "Task_SubmitAgendaProposal")).as(key).isNotEmpty()
                    .containsOnly(workingDays.onOrBefore(earliestMeeting.minusDays(15)));
            // R12.2, R-DATES: distribution within 15 days (the next working day if that is not one)
            assertThat(dueDates(key, "Task_DistributeMinutes")).as(key)
                    .containsExactly(workingDays.onOrAfter(meeting.getMeetingDate().plusDays(15)));
            // R12.3, R-DATES: platform entry by the last day of the meeting's month (or the next working day)
            assertThat(dueDates(key, "Task_RecordPlatformEntry")).as(key)
                    .containsExactly(workingDays.onOrAfter(YearMonth.from(meeting.getMeetingDate()).atEndOfMonth()));
        }

        // R5.6: every decision of the year followed up to the end by its responsible institution
        List<DecisionStatus> year = decisions.ofProvince(GAZIANTEP).stream()
                .filter(d -> d.decision().getMeetingKey().startsWith(GAZIANTEP + "-" + YEAR + "-")).toList();
        assertThat(year).hasSizeGreaterThanOrEqualTo(4);
        assertThat(year).allSatisfy(d -> assertThat(d.institutions())
                .allSatisfy(i -> assertThat(i.status()).isEqualTo(FollowUpStatus.DONE)));
        // district boards (R8.1): Şahinbey (185,000) and the border district Karkamış meet in both windows, in time
        List<Meeting> districtMeetings = meetings.ofProvince(GAZIANTEP).stream()
                .filter(m -> m.getYear() == YEAR && m.isDistrict() && m.getKind() == MeetingKind.ORDINARY).toList();
        assertThat(districtMeetings).hasSize(4).allSatisfy(m -> {
            assertThat(m.getStatus()).as(m.getMeetingKey()).isEqualTo(MeetingStatus.MINUTES_SIGNED);
            assertThat(m.getMeetingDate()).as(m.getMeetingKey()).isBetween(m.getWindowStart(), m.getWindowEnd());
            // R12.5, R-DATES: held from the 20th on, entered by the İl GİM by the month's last day (or the next working day)
            assertThat(m.getMeetingDate().getDayOfMonth()).as(m.getMeetingKey()).isGreaterThanOrEqualTo(20);
            assertThat(meetings.platformEntries(m)).as(m.getMeetingKey()).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.getEnteredOn()).isBeforeOrEqualTo(m.getPlatformEntryDueDate()));
            assertThat(m.getPlatformEntryDueDate()).as(m.getMeetingKey())
                    .isEqualTo(workingDays.onOrAfter(YearMonth.from(m.getMeetingDate()).atEndOfMonth()));
        });
        // R5.8: the first board of the year formed the sub-commission (its signed list); R5.13: the plan it approved
        Meeting first = ordinaryMeetings().get(0);
        assertThat(first.isFirstOfYear()).isTrue();
        assertThat(formation.signed(first)).isTrue();
        assertThat(actionPlans.plan(GAZIANTEP).versions()).anySatisfy(v -> {
            assertThat(v.updateKey()).isEqualTo(ActionPlans.preparationKey(first.getMeetingKey()));
            assertThat(v.status()).isEqualTo(VersionStatus.APPROVED);
            assertThat(v.decidedBy()).startsWith("Kurul (" + first.getMeetingKey() + ")");
        });

        // R5.13: the April board asked for an action plan update: one version rejected with reasons, the next approved
        assertThat(actionPlans.plan(GAZIANTEP).versions()).extracting(v -> v.status())
                .contains(VersionStatus.REJECTED, VersionStatus.APPROVED);
        assertThat(actionPlans.plan(GAZIANTEP).current().version().status()).isEqualTo(VersionStatus.APPROVED);

        // R13.1, R13.4: next January's Ek-3 lists the year's decisions with their final follow-up status
        AnnualReportView report = annualReports.view(GAZIANTEP, YEAR);
        assertThat(report.decisions()).extracting(AnnualReportView.DecisionRow::meetingKey)
                .containsAll(year.stream().map(d -> d.decision().getMeetingKey()).toList());
        assertThat(report.decisions()).filteredOn(d -> d.meetingKey().startsWith(GAZIANTEP + "-" + YEAR + "-"))
                .allSatisfy(d -> assertThat(d.outcome()).isEqualTo(AnnualReportView.OUTCOME_IMPLEMENTED));
        assertThat(report.platformEntryDueDate()).isEqualTo(workingDays.onOrAfter(YearMonth.of(YEAR + 1, 1).atEndOfMonth())); // R13.3
        System.out.printf("[kurul] Gaziantep %d: %d görev tamamlandı, %d iş çalıştı, %d yanıt reddedildi%n",
                YEAR, pilot.completedTotal(), pilot.jobsRun(), pilot.refusals());
    }

    private List<Meeting> ordinaryMeetings() {
        return meetings.ofProvince(GAZIANTEP).stream()
                .filter(m -> m.getYear() == YEAR && m.getKind() == MeetingKind.ORDINARY && !m.isDistrict())
                .toList();
    }

    private List<LocalDate> dueDates(String meetingKey, String taskKey) {
        return engine.getHistoryService().createHistoricTaskInstanceQuery().taskDefinitionKey(taskKey)
                .processInstanceBusinessKey(meetingKey).list().stream()
                .map(HistoricTaskInstance::getDueDate)
                .map(d -> LocalDateTime.ofInstant(d.toInstant(), ZoneId.of("Europe/Istanbul")).toLocalDate())
                .distinct().toList();
    }
}
