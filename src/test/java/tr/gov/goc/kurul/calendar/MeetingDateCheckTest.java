package tr.gov.goc.kurul.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static tr.gov.goc.kurul.calendar.TestCalendars.d;

import org.junit.jupiter.api.Test;

/** The rule check behind the delegate validateMeetingDate: window, working day, notice — one message per failure. */
class MeetingDateCheckTest {

    private final MeetingDateCheck check = new MeetingDateCheck(TestCalendars.arithmetic(), TestCalendars.DEFAULTS);

    private final PlannedMeeting aprilBoard =
            new PlannedMeeting(MeetingType.PROVINCIAL_BOARD, d("2025-04-01"), d("2025-04-30"), d("2025-04-07"), null);
    private final PlannedMeeting juneSub =
            new PlannedMeeting(MeetingType.SUB_COMMISSION, d("2025-06-01"), d("2025-06-07"), d("2025-06-02"), null);
    private final PlannedMeeting springDistrict =
            new PlannedMeeting(MeetingType.DISTRICT_BOARD, d("2025-02-01"), d("2025-03-31"), d("2025-02-03"), d("2025-04-30"));

    @Test
    void aValidDateHasNoErrorAndCarriesItsDeadlines() {
        MeetingDateVerdict v = check.check(aprilBoard, d("2025-04-16"), d("2025-03-01"));
        assertThat(v.valid()).isTrue();
        assertThat(v.errors()).isEmpty();
        assertThat(v.warnings()).isEmpty();
        assertThat(v.deadlines().agendaDueDate()).isEqualTo(d("2025-03-28"));
    }

    @Test
    void aNonWorkingDayIsRefusedWithItsReason() {
        MeetingDateVerdict v = check.check(aprilBoard, d("2025-04-02"), d("2025-03-01"));
        assertThat(v.valid()).isFalse();
        assertThat(v.errors()).singleElement().asString()
                .contains("02.04.2025").contains("çalışma günü değil").contains("Ramazan Bayramı sonrası idari izin");
    }

    @Test
    void aDateOutsideTheWindowIsRefusedNamingTheWindowAndRule() {
        MeetingDateVerdict v = check.check(juneSub, d("2025-06-10"), d("2025-05-01"));
        assertThat(v.errors()).singleElement().asString()
                .contains("01.06.2025–07.06.2025").contains("Alt Komisyon").contains("R6.9");
    }

    @Test
    void weekendOutsideTheWindowGivesTwoSeparateErrors() {
        MeetingDateVerdict v = check.check(juneSub, d("2025-06-14"), d("2025-05-01"));
        assertThat(v.errors()).hasSize(2);
        assertThat(v.errors().get(0)).contains("Cumartesi");
        assertThat(v.errors().get(1)).contains("R6.9");
    }

    @Test
    void noticeNoLongerPossibleIsRefused() {
        // board on Wed 16 Apr 2025 needs notice by Fri 11 Apr (R11.3); today is 14 Apr
        MeetingDateVerdict v = check.check(aprilBoard, d("2025-04-16"), d("2025-04-14"));
        assertThat(v.valid()).isFalse();
        assertThat(v.errors()).singleElement().asString().contains("R11.3").contains("11.04.2025").contains("5 gün");
        // on the notice day itself it is still possible
        assertThat(check.check(aprilBoard, d("2025-04-16"), d("2025-04-11")).valid()).isTrue();
        // sub-commission: 3 days (R11.4); meeting Thu 5 Jun → notice by Mon 2 Jun
        assertThat(check.check(juneSub, d("2025-06-05"), d("2025-06-02")).valid()).isTrue();
        assertThat(check.check(juneSub, d("2025-06-05"), d("2025-06-03")).errors()).singleElement().asString().contains("R11.4");
    }

    @Test
    void aPastDateIsRefused() {
        MeetingDateVerdict v = check.check(aprilBoard, d("2025-04-16"), d("2025-04-20"));
        assertThat(v.errors()).singleElement().asString().contains("geçmişte");
    }

    @Test
    void districtAfterItsWindowButBeforeTheR83DeadlineIsValidWithAWarning() {
        MeetingDateVerdict late = check.check(springDistrict, d("2025-04-15"), d("2025-03-01"));
        assertThat(late.valid()).isTrue();
        assertThat(late.warnings()).anyMatch(w -> w.contains("R8.3") && w.contains("30.04.2025"));
        MeetingDateVerdict tooLate = check.check(springDistrict, d("2025-05-02"), d("2025-03-01"));
        assertThat(tooLate.errors()).singleElement().asString().contains("R8.3").contains("30.04.2025");
    }

    @Test
    void halfDayIsAllowedWithAMorningWarning() {
        PlannedMeeting octoberBoard = new PlannedMeeting(MeetingType.PROVINCIAL_BOARD, d("2025-10-01"), d("2025-10-31"), d("2025-10-01"), null);
        MeetingDateVerdict v = check.check(octoberBoard, d("2025-10-28"), d("2025-09-01"));
        assertThat(v.valid()).isTrue();
        assertThat(v.warnings()).anyMatch(w -> w.contains("yarım gün") && w.contains("sabah"));
    }

    @Test
    void agendaPeriodAlreadyShortIsAWarningOnly() {
        MeetingDateVerdict v = check.check(aprilBoard, d("2025-04-16"), d("2025-04-01"));
        assertThat(v.valid()).isTrue();
        assertThat(v.warnings()).anyMatch(w -> w.contains("R10.2") && w.contains("28.03.2025"));
    }
}
