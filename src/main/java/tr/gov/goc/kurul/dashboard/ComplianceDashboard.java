package tr.gov.goc.kurul.dashboard;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.common.TurkishDates;
import tr.gov.goc.kurul.dashboard.Compliance.ActionPlan;
import tr.gov.goc.kurul.dashboard.Compliance.Deadlines;
import tr.gov.goc.kurul.dashboard.Compliance.Decisions;
import tr.gov.goc.kurul.dashboard.Compliance.InstitutionRow;
import tr.gov.goc.kurul.dashboard.Compliance.MeetingRow;
import tr.gov.goc.kurul.dashboard.Compliance.Meetings;
import tr.gov.goc.kurul.dashboard.Compliance.ProvinceReport;
import tr.gov.goc.kurul.dashboard.Compliance.ProvinceSummary;
import tr.gov.goc.kurul.dashboard.Compliance.Proposals;
import tr.gov.goc.kurul.dashboard.Compliance.Report;
import tr.gov.goc.kurul.dashboard.Compliance.Summary;
import tr.gov.goc.kurul.province.Provinces;

/**
 * Reads how the boards keep their deadlines from the tables the meeting, agenda and decision modules write (a read
 * model in SQL: no module's internals are used, nothing is written). A meeting counts for the year it is planned for.
 */
@Service
@Transactional(readOnly = true)
class ComplianceDashboard {

    static final String ON_TIME = "Zamanında";
    static final String LATE = "Geç";
    static final String MISSED = "Süresi geçti";
    static final String WAITING = "Bekleniyor";
    static final String CANCELLED = "İptal edildi";
    private static final Set<String> HELD = Set.of("HELD", "MINUTES_SIGNED", "CLOSED");
    private static final Map<String, String> STAGES = Map.of("PLANNED", "Planlandı", "AGENDA_COMPILED", "Gündem hazır",
            "SCHEDULED", "Tarihi belirlendi", "HELD", "Yapıldı", "MINUTES_SIGNED", "Tutanak imzalandı", "CLOSED", "Kapandı",
            "NOT_HELD", "Yapılmadı", "CANCELLED", "İptal edildi");
    private static final Map<String, String> PLAN_STATUSES = Map.of("DRAFT", "Taslak", "SUBMITTED", "Onaya sunuldu",
            "APPROVED", "Onaylandı", "REJECTED", "Reddedildi");

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final Provinces provinces;
    private final Clock clock;

    ComplianceDashboard(JdbcTemplate jdbc, DataSource dataSource, Provinces provinces, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.provinces = provinces;
        this.clock = clock;
    }

    /** The national view over these provinces (null: all). */
    Report national(int year, Set<Integer> visible) {
        LocalDate today = LocalDate.now(clock);
        Data data = load(year, visible);
        Set<Integer> plates = new TreeSet<>(data.plates());
        List<ProvinceSummary> rows = plates.stream()
                .map(p -> new ProvinceSummary(p, provinces.province(p).getName(), summary(data, p, today)))
                .sorted(Comparator.comparing(ProvinceSummary::name, java.text.Collator.getInstance(Locale.forLanguageTag("tr"))))
                .toList();
        return new Report(year, today, TurkishDates.format(today), visible == null,
                Summary.sum(rows.stream().map(ProvinceSummary::summary).toList()), rows);
    }

    /** One province: its meetings and its institutions. */
    ProvinceReport province(int year, int plateCode) {
        LocalDate today = LocalDate.now(clock);
        Data data = load(year, Set.of(plateCode));
        List<MeetingRow> meetings = data.meetings().stream().map(m -> meetingRow(m, data, today)).toList();
        return new ProvinceReport(year, today, TurkishDates.format(today), plateCode, provinces.province(plateCode).getName(),
                summary(data, plateCode, today), meetings, institutions(data, today), actionPlan(plateCode));
    }

    // ------------------------------------------------------------------ reading

    private record MeetingData(long id, String key, int plate, String title, String kind, LocalDate windowStart,
                               LocalDate windowEnd, LocalDate meetingDate, String status, LocalDate minutesDue,
                               LocalDate platformDue, String note) {

        MeetingData(long id, String key, int plate, String title, String kind, LocalDate windowStart, LocalDate windowEnd,
                    LocalDate meetingDate, String status, LocalDate minutesDue, LocalDate platformDue) {
            this(id, key, plate, title, kind, windowStart, windowEnd, meetingDate, status, minutesDue, platformDue, "");
        }

        MeetingData withNote(String text) {
            return new MeetingData(id, key, plate, title, kind, windowStart, windowEnd, meetingDate, status, minutesDue,
                    platformDue, text);
        }

        boolean held() {
            return HELD.contains(status) && meetingDate != null;
        }

        boolean cancelled() {
            return "CANCELLED".equals(status);
        }
    }

    private record ProposalData(int plate, long institutionId, String institutionName, String status) {
    }

    private record ResponsibilityData(long decisionId, int plate, LocalDate deadline, long institutionId, String institutionName,
                                      int meetingYear) {
    }

    private record Data(List<MeetingData> meetings, Map<Long, LocalDate> lastSent, Map<Long, LocalDate> firstEntered,
                        List<ProposalData> proposals, List<ResponsibilityData> responsibilities,
                        Map<String, String> latestReport) {

        Set<Integer> plates() {
            Set<Integer> plates = new HashSet<>();
            meetings.forEach(m -> plates.add(m.plate()));
            proposals.forEach(p -> plates.add(p.plate()));
            responsibilities.forEach(r -> plates.add(r.plate()));
            return plates;
        }
    }

    private Data load(int year, Set<Integer> visible) {
        String plateFilter = visible == null ? "" : visible.isEmpty() ? " AND 1 = 0"
                : " AND %s IN (" + visible.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
        List<MeetingData> meetings = jdbc.query("SELECT id, meeting_key, plate_code, title, kind, window_start, window_end, "
                        + "meeting_date, status, minutes_distribution_due_date, platform_entry_due_date FROM meeting "
                        + "WHERE meeting_year = ?" + plateFilter.formatted("plate_code") + " ORDER BY plate_code, window_start, id",
                (rs, i) -> new MeetingData(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        date(rs, 6), date(rs, 7), date(rs, 8), rs.getString(9), date(rs, 10), date(rs, 11)), year);
        // R11.3: the chair's last change of each meeting (postponed, moved, cancelled) and why
        Map<Long, String> notes = new HashMap<>();
        jdbc.query("SELECT c.meeting_id, c.kind, c.new_date, c.reason FROM meeting_change c JOIN meeting m ON m.id = c.meeting_id "
                        + "WHERE m.meeting_year = ?" + plateFilter.formatted("m.plate_code") + " ORDER BY c.id",
                rs -> {
                    LocalDate to = date(rs, 3);
                    String what = switch (rs.getString(2)) {
                        case "POSTPONE" -> "Ertelendi" + (to == null ? "" : " (" + TurkishDates.format(to) + ")");
                        case "MOVE" -> "Yeri/saati değişti";
                        default -> "İptal edildi";
                    };
                    notes.put(rs.getLong(1), what + ": " + rs.getString(4));
                }, year);
        meetings = meetings.stream().map(m -> m.withNote(notes.getOrDefault(m.id(), ""))).toList();
        Map<Long, LocalDate> lastSent = new HashMap<>();
        jdbc.query("SELECT d.meeting_id, MAX(d.sent_on) FROM minutes_distribution d JOIN meeting m ON m.id = d.meeting_id "
                        + "WHERE m.meeting_year = ?" + plateFilter.formatted("m.plate_code") + " GROUP BY d.meeting_id",
                rs -> {
                    lastSent.put(rs.getLong(1), date(rs, 2));
                }, year);
        Map<Long, LocalDate> firstEntered = new HashMap<>();
        jdbc.query("SELECT p.meeting_id, MIN(p.entered_on) FROM platform_entry p JOIN meeting m ON m.id = p.meeting_id "
                        + "WHERE m.meeting_year = ?" + plateFilter.formatted("m.plate_code") + " GROUP BY p.meeting_id",
                rs -> {
                    firstEntered.put(rs.getLong(1), date(rs, 2));
                }, year);
        List<ProposalData> proposals = jdbc.query("SELECT a.plate_code, a.institution_id, a.institution_name, a.status "
                        + "FROM agenda_proposal a JOIN meeting m ON m.meeting_key = a.meeting_key WHERE m.meeting_year = ?"
                        + plateFilter.formatted("a.plate_code"),
                (rs, i) -> new ProposalData(rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getString(4)), year);
        // R5.5, R5.6: a decision still open belongs to today, whatever year it was taken: in the current year's view
        // earlier years' decisions are read too and kept while they are open
        String years = year == LocalDate.now(clock).getYear() ? "m.meeting_year <= ?" : "m.meeting_year = ?";
        List<ResponsibilityData> taken = jdbc.query("SELECT d.id, d.plate_code, d.deadline, r.institution_id, i.name, m.meeting_year "
                        + "FROM decision d JOIN decision_responsibility r ON r.decision_id = d.id "
                        + "JOIN institution i ON i.id = r.institution_id JOIN meeting m ON m.meeting_key = d.meeting_key "
                        + "WHERE " + years + plateFilter.formatted("d.plate_code"),
                (rs, i) -> new ResponsibilityData(rs.getLong(1), rs.getInt(2), date(rs, 3), rs.getLong(4), rs.getString(5),
                        rs.getInt(6)), year);
        Map<String, String> latestReport = new HashMap<>();
        if (!taken.isEmpty()) {
            // reports in order: the last one of each decision × institution wins
            jdbc.query("SELECT f.decision_id, f.institution_id, f.status FROM follow_up_report f JOIN decision d ON d.id = f.decision_id "
                            + "JOIN meeting m ON m.meeting_key = d.meeting_key WHERE " + years
                            + plateFilter.formatted("d.plate_code") + " ORDER BY f.reported_at, f.id",
                    rs -> {
                        latestReport.put(rs.getLong(1) + "/" + rs.getLong(2), rs.getString(3));
                    }, year);
        }
        List<ResponsibilityData> responsibilities = taken.stream()
                .filter(r -> r.meetingYear() == year || !done(latestReport.get(r.decisionId() + "/" + r.institutionId())))
                .toList();
        return new Data(meetings, lastSent, firstEntered, proposals, responsibilities, latestReport);
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    // ------------------------------------------------------------------ counting

    private Summary summary(Data data, int plate, LocalDate today) {
        List<MeetingData> meetings = data.meetings().stream().filter(m -> m.plate() == plate).toList();
        int inWindow = 0;
        int late = 0;
        int overdue = 0;
        int upcoming = 0;
        int cancelled = 0;
        for (MeetingData m : meetings) {
            switch (held(m, today)) {
                case ON_TIME -> inWindow++;
                case LATE -> late++;
                case MISSED -> overdue++;
                case CANCELLED -> cancelled++;
                default -> upcoming++;
            }
        }
        List<ProposalData> proposals = data.proposals().stream().filter(p -> p.plate() == plate).toList();
        int proposalsOnTime = (int) proposals.stream().filter(p -> onTimeProposal(p.status())).count();
        return new Summary(new Meetings(meetings.size(), inWindow, late, overdue, upcoming, cancelled),
                new Proposals(proposalsOnTime, proposals.size() - proposalsOnTime),
                deadlines(meetings.stream().filter(MeetingData::held).map(m -> minutes(m, data, today)).toList()),
                deadlines(meetings.stream().filter(MeetingData::held).map(m -> platform(m, data, today)).toList()),
                decisions(data.responsibilities().stream().filter(r -> r.plate() == plate).toList(), data, today));
    }

    /** R7.1, R7.2 (the window), R7.3 (an extraordinary meeting's window). */
    private static String held(MeetingData m, LocalDate today) {
        if (m.cancelled()) { // R11.3: cancelled by the chair, with the reason in the row's note
            return CANCELLED;
        }
        if (m.held()) {
            return m.meetingDate().isAfter(m.windowEnd()) ? LATE : ON_TIME;
        }
        return today.isAfter(m.windowEnd()) ? MISSED : WAITING;
    }

    /** R12.2: the last copy sent within 15 days (the pinned due date). */
    private static String minutes(MeetingData m, Data data, LocalDate today) {
        return deadline(data.lastSent().get(m.id()), m.minutesDue(), today);
    }

    /** R12.3: entered by the pinned due date (the meeting month's last day, or the next working day: R-DATES). */
    private static String platform(MeetingData m, Data data, LocalDate today) {
        return deadline(data.firstEntered().get(m.id()), m.platformDue(), today);
    }

    private static String deadline(LocalDate done, LocalDate due, LocalDate today) {
        if (done != null) {
            return due == null || !done.isAfter(due) ? ON_TIME : LATE;
        }
        return due != null && today.isAfter(due) ? MISSED : WAITING;
    }

    private static Deadlines deadlines(List<String> outcomes) {
        return new Deadlines(count(outcomes, ON_TIME), count(outcomes, LATE), count(outcomes, MISSED), count(outcomes, WAITING));
    }

    private static int count(List<String> outcomes, String outcome) {
        return (int) outcomes.stream().filter(outcome::equals).count();
    }

    /** R10.2: answered by the due date (with a proposal or without). */
    private static boolean onTimeProposal(String status) {
        return "SUBMITTED".equals(status) || "NO_PROPOSAL".equals(status);
    }

    /** R5.5, R5.6: done when the institution reported it done or impossible; overdue when open past the deadline. */
    private static Decisions decisions(List<ResponsibilityData> responsibilities, Data data, LocalDate today) {
        int open = 0;
        int overdue = 0;
        int done = 0;
        for (ResponsibilityData r : responsibilities) {
            String status = data.latestReport().get(r.decisionId() + "/" + r.institutionId());
            if (done(status)) {
                done++;
            } else if (r.deadline() != null && today.isAfter(r.deadline())) {
                overdue++;
            } else {
                open++;
            }
        }
        return new Decisions(open, overdue, done);
    }

    private static boolean done(String followUpStatus) {
        return "DONE".equals(followUpStatus) || "CANNOT_BE_DONE".equals(followUpStatus);
    }

    private static MeetingRow meetingRow(MeetingData m, Data data, LocalDate today) {
        boolean held = m.held();
        return new MeetingRow(m.key(), m.title(), "EXTRAORDINARY".equals(m.kind()) ? "Olağanüstü" : "Olağan",
                TurkishDates.format(m.windowStart()) + " – " + TurkishDates.format(m.windowEnd()),
                m.meetingDate() == null ? "" : TurkishDates.format(m.meetingDate()),
                STAGES.getOrDefault(m.status(), m.status()), held(m, today),
                held ? minutes(m, data, today) : "", held ? platform(m, data, today) : "", m.note());
    }

    private static List<InstitutionRow> institutions(Data data, LocalDate today) {
        Map<Long, String> names = new TreeMap<>();
        data.proposals().forEach(p -> names.put(p.institutionId(), p.institutionName()));
        data.responsibilities().forEach(r -> names.put(r.institutionId(), r.institutionName()));
        List<InstitutionRow> rows = new ArrayList<>();
        names.forEach((id, name) -> {
            List<ProposalData> proposals = data.proposals().stream().filter(p -> p.institutionId() == id).toList();
            int onTime = (int) proposals.stream().filter(p -> onTimeProposal(p.status())).count();
            Decisions decisions = decisions(data.responsibilities().stream().filter(r -> r.institutionId() == id).toList(), data, today);
            rows.add(new InstitutionRow(id, name, onTime, proposals.size() - onTime, decisions.open(), decisions.overdue(), decisions.done()));
        });
        rows.sort(Comparator.comparing(InstitutionRow::name, java.text.Collator.getInstance(Locale.forLanguageTag("tr"))));
        return rows;
    }

    // ------------------------------------------------------------------ the action plan, where installed

    /** R5.13: the action plan module's tables, read if that module is installed. */
    private ActionPlan actionPlan(int plateCode) {
        if (!tableExists("action_plan_version")) {
            return ActionPlan.none();
        }
        Map<String, Object> latest = first(jdbc.queryForList("SELECT version_no, status FROM action_plan_version "
                + "WHERE plate_code = ? ORDER BY version_no DESC", plateCode));
        Map<String, Object> approved = first(jdbc.queryForList("SELECT id, version_no, decided_at FROM action_plan_version "
                + "WHERE plate_code = ? AND status = 'APPROVED' ORDER BY version_no DESC", plateCode));
        int items = 0;
        if (approved != null && tableExists("action_plan_item")) {
            items = jdbc.queryForObject("SELECT COUNT(*) FROM action_plan_item WHERE version_id = ?", Integer.class,
                    ((Number) approved.get("id")).longValue());
        }
        Integer progress = null;
        if (tableExists("action_plan_progress")) {
            Map<String, Integer> latestPerItem = new LinkedHashMap<>();
            jdbc.query("SELECT item_code, progress_percent FROM action_plan_progress WHERE plate_code = ? ORDER BY recorded_at, id",
                    rs -> {
                        latestPerItem.put(rs.getString(1), rs.getInt(2));
                    }, plateCode);
            if (!latestPerItem.isEmpty()) {
                progress = (int) Math.round(latestPerItem.values().stream().mapToInt(Integer::intValue).average().orElse(0));
            }
        }
        if (latest == null) {
            return new ActionPlan(true, null, null, null, null, 0, progress);
        }
        Object decidedAt = approved == null ? null : approved.get("decided_at");
        return new ActionPlan(true, ((Number) latest.get("version_no")).intValue(),
                PLAN_STATUSES.getOrDefault(String.valueOf(latest.get("status")), String.valueOf(latest.get("status"))),
                approved == null ? null : ((Number) approved.get("version_no")).intValue(),
                decidedAt instanceof java.sql.Timestamp t ? TurkishDates.format(t.toLocalDateTime().toLocalDate()) : null,
                items, progress);
    }

    private static Map<String, Object> first(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        Map<String, Object> lower = new HashMap<>();
        rows.get(0).forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        return lower;
    }

    private boolean tableExists(String table) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
                try (ResultSet rs = meta.getTables(connection.getCatalog(), null, name, new String[] {"TABLE"})) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            return false;
        }
    }
}
