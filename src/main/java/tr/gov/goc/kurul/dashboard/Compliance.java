package tr.gov.goc.kurul.dashboard;

import java.time.LocalDate;
import java.util.List;

/** What the dashboard shows: records, shaped as the JSON of {@code GET /api/reports/compliance}. */
final class Compliance {

    private Compliance() {
    }

    /** The national view: the sum of the visible provinces, and each of them. */
    /** @param allProvinces the caller sees every province (a national manager, an administrator) */
    record Report(int year, LocalDate asOf, String asOfText, boolean allProvinces, Summary national,
                  List<ProvinceSummary> provinces) {
    }

    record ProvinceSummary(int plateCode, String name, Summary summary) {
    }

    /** One province in detail: its meetings and its institutions. */
    record ProvinceReport(int year, LocalDate asOf, String asOfText, int plateCode, String name, Summary summary,
                          List<MeetingRow> meetings, List<InstitutionRow> institutions, ActionPlan actionPlan) {
    }

    /**
     * @param meetings   R7.1, R7.2: held in the window, held late, not held though the window is over, still to come
     * @param proposals  R10.2: answers to the agenda call in time, late
     * @param minutes    R12.2: minutes distributed within 15 days
     * @param platform   R12.3: platform entries by the month's last day (or the next working day)
     * @param decisions  R5.5, R5.6: per responsible institution
     */
    record Summary(Meetings meetings, Proposals proposals, Deadlines minutes, Deadlines platform, Decisions decisions) {

        static Summary sum(List<Summary> all) {
            return new Summary(
                    new Meetings(all.stream().mapToInt(s -> s.meetings().total()).sum(),
                            all.stream().mapToInt(s -> s.meetings().heldInWindow()).sum(),
                            all.stream().mapToInt(s -> s.meetings().heldLate()).sum(),
                            all.stream().mapToInt(s -> s.meetings().overdue()).sum(),
                            all.stream().mapToInt(s -> s.meetings().upcoming()).sum(),
                            all.stream().mapToInt(s -> s.meetings().cancelled()).sum()),
                    new Proposals(all.stream().mapToInt(s -> s.proposals().onTime()).sum(),
                            all.stream().mapToInt(s -> s.proposals().late()).sum()),
                    Deadlines.sum(all.stream().map(Summary::minutes).toList()),
                    Deadlines.sum(all.stream().map(Summary::platform).toList()),
                    Decisions.sum(all.stream().map(Summary::decisions).toList()));
        }
    }

    /** @param cancelled cancelled by the chair with a reason (R11.3); not counted as held, late or overdue */
    record Meetings(int total, int heldInWindow, int heldLate, int overdue, int upcoming, int cancelled) {
    }

    record Proposals(int onTime, int late) {
    }

    /** A deadline that each held meeting has: met, met late, missed and still open, not yet due. */
    record Deadlines(int onTime, int late, int overdue, int pending) {

        static Deadlines sum(List<Deadlines> all) {
            return new Deadlines(all.stream().mapToInt(Deadlines::onTime).sum(), all.stream().mapToInt(Deadlines::late).sum(),
                    all.stream().mapToInt(Deadlines::overdue).sum(), all.stream().mapToInt(Deadlines::pending).sum());
        }
    }

    /** Per (decision, responsible institution): reported done or impossible; open and past the deadline; open. */
    record Decisions(int open, int overdue, int done) {

        static Decisions sum(List<Decisions> all) {
            return new Decisions(all.stream().mapToInt(Decisions::open).sum(), all.stream().mapToInt(Decisions::overdue).sum(),
                    all.stream().mapToInt(Decisions::done).sum());
        }
    }

    /**
     * @param held      "Zamanında", "Geç yapıldı", "Yapılmadı (süresi geçti)", "Bekleniyor"
     * @param minutes   the same words for the minutes' distribution
     * @param platform  the same words for the platform entry
     * @param note      R11.3: the chair's last change of the meeting (postponed, moved, cancelled) with its reason, or ""
     */
    record MeetingRow(String meetingKey, String title, String kind, String window, String meetingDate, String stage,
                      String held, String minutes, String platform, String note) {
    }

    record InstitutionRow(long institutionId, String name, int proposalsOnTime, int proposalsLate, int decisionsOpen,
                          int decisionsOverdue, int decisionsDone) {
    }

    /**
     * The action plan (R5.13) as the action plan module records it; {@code available} is false where that module
     * is not installed, and the dashboard then says so.
     */
    record ActionPlan(boolean available, Integer latestVersion, String latestStatus, Integer approvedVersion,
                      String approvedOn, int items, Integer averageProgress) {

        static ActionPlan none() {
            return new ActionPlan(false, null, null, null, null, 0, null);
        }
    }
}
