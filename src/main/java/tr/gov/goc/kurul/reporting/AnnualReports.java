package tr.gov.goc.kurul.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.board.Board;
import tr.gov.goc.kurul.board.Boards;
import tr.gov.goc.kurul.calendar.StatutoryCalendar;
import tr.gov.goc.kurul.common.AsSystem;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.meeting.AgendaItem;
import tr.gov.goc.kurul.meeting.Meeting;
import tr.gov.goc.kurul.meeting.MeetingStatus;
import tr.gov.goc.kurul.meeting.Meetings;
import tr.gov.goc.kurul.province.Province;
import tr.gov.goc.kurul.province.Provinces;

/**
 * The public face of the reporting module: the Ek-3 annual evaluation reports (R13.1–R13.4). A report "on 2026" is
 * prepared in January 2027 by the {@code annualEvaluation} process with business key {@code 27-2027-EK3}.
 */
@Service
@Transactional(readOnly = true)
public class AnnualReports {

    public static final String PROCESS_KEY = "annualEvaluation";
    private static final Logger log = LoggerFactory.getLogger(AnnualReports.class);

    private final AnnualReportRepository reports;
    private final AnnualReportVersionRepository versions;
    private final AnnualReportBoardDecisionRepository boardDecisions;
    private final YearEvidence evidence;
    private final Provinces provinces;
    private final Boards boards;
    private final Meetings meetings;
    private final StatutoryCalendar calendar;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final Clock clock;

    AnnualReports(AnnualReportRepository reports, AnnualReportVersionRepository versions,
                  AnnualReportBoardDecisionRepository boardDecisions, YearEvidence evidence,
                  Provinces provinces, Boards boards, Meetings meetings, StatutoryCalendar calendar,
                  RuntimeService runtimeService, IdentityService identityService, Clock clock) {
        this.reports = reports;
        this.versions = versions;
        this.boardDecisions = boardDecisions;
        this.evidence = evidence;
        this.provinces = provinces;
        this.boards = boards;
        this.meetings = meetings;
        this.calendar = calendar;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.clock = clock;
    }

    /** "27-2027-EK3": the business key of the report on {@code reportYear} (prepared in January of the next year). */
    public static String businessKey(int plateCode, int reportYear) {
        return plateCode + "-" + (reportYear + 1) + "-EK3";
    }

    public Optional<AnnualReportView> find(int plateCode, int reportYear) {
        return reports.findByPlateCodeAndReportYear(plateCode, reportYear).map(this::view);
    }

    public AnnualReportView view(int plateCode, int reportYear) {
        return find(plateCode, reportYear).orElseThrow(() -> new NotFoundException(
                provinceName(plateCode) + " için " + reportYear + " yılı değerlendirme raporu (Ek-3) yok."));
    }

    /** Starts the report of a province by hand (administrators; the yearly timer does it on the first working day of January). */
    @Transactional
    public AnnualReportView start(int plateCode, int reportYear) {
        if (!provinces.exists(plateCode)) {
            throw new InvalidInputException("plateCode", "Plaka kodu 1–81 olmalıdır.");
        }
        if (reportYear < 2000 || reportYear > 2100) {
            throw new InvalidInputException("year", "Yıl 2000 ile 2100 arasında olmalıdır.");
        }
        if (reports.findByPlateCodeAndReportYear(plateCode, reportYear).isPresent()) {
            throw new InvalidInputException("year", provinceName(plateCode) + " için " + reportYear
                    + " yılı değerlendirme raporu (Ek-3) zaten başlatıldı.");
        }
        startProcess(plateCode, reportYear);
        return view(plateCode, reportYear);
    }

    /**
     * R13.1: on the first working day of January (and on any later January day, should the server have been down),
     * one report on last year for every province whose board has a foreign population figure (the provinces the
     * year planner plans). Starting twice starts nothing new.
     *
     * @return the business keys started
     */
    @Transactional
    public List<String> startDue(LocalDate today) {
        List<String> started = new ArrayList<>();
        LocalDate firstWorkingDay = calendar.workingDays().onOrAfter(LocalDate.of(today.getYear(), 1, 1));
        if (today.getMonthValue() != 1 || today.isBefore(firstWorkingDay)) {
            return started;
        }
        int reportYear = today.getYear() - 1;
        for (Province province : provinces.all()) {
            Board board = boards.provincialBoard(province.getPlateCode());
            if (board.getForeignPopulation() == null) {
                continue;
            }
            if (reports.findByPlateCodeAndReportYear(province.getPlateCode(), reportYear).isEmpty()) {
                startProcess(province.getPlateCode(), reportYear);
                started.add(businessKey(province.getPlateCode(), reportYear));
            }
        }
        log.info("Yıllık değerlendirme raporları başlatıldı ({}): {}", reportYear, started);
        return started;
    }

    private void startProcess(int plateCode, int reportYear) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(AnnualVariables.PLATE_CODE, plateCode);
        variables.put(AnnualVariables.REPORT_YEAR, reportYear);
        AsSystem.run(identityService, () -> runtimeService.startProcessInstanceByKey(PROCESS_KEY,
                businessKey(plateCode, reportYear), variables));
    }

    // ---- used by the process (package-private) ----

    @Transactional
    AnnualReport prepare(int plateCode, int reportYear) {
        return reports.findByPlateCodeAndReportYear(plateCode, reportYear).orElseGet(() -> {
            LocalDate today = LocalDate.now(clock);
            LocalDate platformDue = calendar.annualReportDeadline(reportYear); // R13.3
            LocalDate draftDue = firstMeeting(plateCode, reportYear + 1).map(Meeting::getAgendaDueDate)
                    .filter(d -> d.isAfter(today))
                    .orElse(calendar.workingDays().onOrAfter(today.plusDays(7)));
            if (draftDue.isAfter(platformDue)) {
                draftDue = platformDue;
            }
            return reports.save(new AnnualReport(plateCode, reportYear, businessKey(plateCode, reportYear), draftDue,
                    platformDue, clock.instant()));
        });
    }

    AnnualReport report(int plateCode, int reportYear) {
        return reports.findByPlateCodeAndReportYear(plateCode, reportYear).orElseThrow(() -> new NotFoundException(
                provinceName(plateCode) + " için " + reportYear + " yılı değerlendirme raporu (Ek-3) yok."));
    }

    /** The latest submitted text, or the draft pre-filled from the year's boards. */
    AnnualReportContent currentContent(AnnualReport report) {
        List<AnnualReportVersion> list = versions.findByReportIdOrderByNumberAsc(report.getId());
        return list.isEmpty() ? evidence.prefill(evidence.of(report.getPlateCode(), report.getReportYear()))
                : list.get(list.size() - 1).content();
    }

    int currentVersion(AnnualReport report) {
        List<AnnualReportVersion> list = versions.findByReportIdOrderByNumberAsc(report.getId());
        return list.isEmpty() ? 0 : list.get(list.size() - 1).getNumber();
    }

    @Transactional
    int submit(AnnualReport report, AnnualReportContent content, String by) {
        int number = currentVersion(report) + 1;
        versions.save(new AnnualReportVersion(report.getId(), number, content, by, clock.instant()));
        report.submitted();
        reports.save(report);
        return number;
    }

    @Transactional
    void save(AnnualReport report) {
        reports.save(report);
    }

    /**
     * R13.2: records a board meeting's approval or rejection of the report (the first board of the year, or the later
     * meeting that decided on a revised report), who recorded it and which version the board had before it.
     */
    @Transactional
    void recordBoardDecision(AnnualReport report, Meeting meeting, boolean approved, String note, String by) {
        int version = currentVersion(report);
        report.boardDecided(meeting.getMeetingKey(), approved, meeting.getMeetingDate(), note, by, version);
        reports.save(report);
        boardDecisions.save(new AnnualReportBoardDecision(report.getId(), meeting.getMeetingKey(),
                approved ? AnnualReport.BoardDecision.APPROVED : AnnualReport.BoardDecision.REJECTED,
                meeting.getMeetingDate(), note, version, by, clock.instant()));
    }

    /**
     * R13.2: the provincial board meetings of the province held after the board rejected the report (meeting day after
     * the rejection's day, not in the future, attendance recorded): the meetings that may decide on the revised report.
     */
    List<Meeting> heldAfterRejection(AnnualReport report) {
        LocalDate rejectedOn = report.getBoardDecidedOn();
        LocalDate today = LocalDate.now(clock);
        long provincialBoardId = boards.provincialBoard(report.getPlateCode()).getId();
        return meetings.ofProvince(report.getPlateCode()).stream()
                .filter(m -> m.getBoardId() == provincialBoardId && m.getMeetingDate() != null)
                .filter(m -> rejectedOn == null || m.getMeetingDate().isAfter(rejectedOn))
                .filter(m -> !m.getMeetingDate().isAfter(today) && HELD.contains(m.getStatus()))
                .sorted(java.util.Comparator.comparing(Meeting::getMeetingDate))
                .toList();
    }

    private static final java.util.Set<MeetingStatus> HELD = java.util.EnumSet.of(MeetingStatus.HELD,
            MeetingStatus.MINUTES_SIGNED, MeetingStatus.CLOSED);

    /** The first provincial board meeting of a year (R13.2: it approves the report on the year before). */
    Optional<Meeting> firstMeeting(int plateCode, int year) {
        long provincialBoardId = boards.provincialBoard(plateCode).getId();
        return meetings.ofProvince(plateCode).stream()
                .filter(m -> m.getYear() == year && m.isFirstOfYear() && m.getBoardId() == provincialBoardId)
                .findFirst();
    }

    Meetings meetings() {
        return meetings;
    }

    String provinceName(int plateCode) {
        return provinces.exists(plateCode) ? provinces.province(plateCode).getName() : String.valueOf(plateCode);
    }

    // ---- R13.2 gates of the first board of the year ----

    /** Refusal text while the report on last year is not ready for the first meeting's agenda (R13.1, R13.2). */
    public Optional<String> agendaRefusal(int plateCode, int meetingYear) {
        Optional<AnnualReport> report = reports.findByPlateCodeAndReportYear(plateCode, meetingYear - 1);
        if (report.isEmpty()) {
            return Optional.of((meetingYear - 1) + " yılı değerlendirme raporu (Ek-3) henüz başlatılmadı; rapor hazırlanmadan "
                    + "yılın ilk kurul toplantısının gündemi kapatılamaz (R13.1, R13.2).");
        }
        if (!report.get().getStatus().isReady()) {
            return Optional.of((meetingYear - 1) + " yılı değerlendirme raporu (Ek-3) İl GİM tarafından henüz sunulmadı; "
                    + "onayı yılın ilk kurul toplantısının gündemindedir, rapor hazır olmadan gündem kapatılamaz (R13.2).");
        }
        return Optional.empty();
    }

    /** Refusal text while the first meeting has no approval or rejection decision on the report (R13.2). */
    public Optional<String> minutesRefusal(String meetingKey, int plateCode, int meetingYear) {
        Optional<AnnualReport> report = reports.findByPlateCodeAndReportYear(plateCode, meetingYear - 1);
        if (report.isEmpty() || !boardDecisions.existsByReportIdAndMeetingKey(report.get().getId(), meetingKey)) {
            return Optional.of("Yıllık değerlendirme raporu (Ek-3, " + (meetingYear - 1) + ") hakkında kurulun onay ya da ret "
                    + "kararı kaydedilmeden yılın ilk toplantısının tutanağı imzalanamaz (R13.2). Sekreterya "
                    + "'Ek-3 kurul kararını kaydet' görevini tamamlamalıdır.");
        }
        return Optional.empty();
    }

    /** A revised report the board rejected once, waiting for a later board meeting's decision (R13.2, Art 7(3)). */
    Optional<AnnualReport> revisionAwaitingBoard(int plateCode) {
        return reports.findByPlateCodeAndStatus(plateCode, AnnualReportStatus.RESUBMITTED).stream()
                .min(java.util.Comparator.comparingInt(AnnualReport::getReportYear));
    }

    /**
     * R13.2: the agenda item of a provincial board meeting after a rejection: the revised report goes back to the board
     * at its next meeting (the next ordinary meeting's agenda, or an extraordinary one, Art 7(3)).
     */
    public Optional<String> revisedReportAgendaItem(Meeting meeting) {
        if (meeting.isDistrict()) {
            return Optional.empty();
        }
        return revisionAwaitingBoard(meeting.getPlateCode()).filter(r -> r.getReportYear() < meeting.getYear())
                .map(r -> "Düzeltilmiş " + r.getReportYear() + " yılı değerlendirme raporunun (Ek-3) onayı (R13.2)");
    }

    /**
     * R13.2: a meeting (not the first of the year) whose agenda carries a revised report does not sign its minutes
     * before the board's decision on that report is recorded, as the first board does not.
     */
    public Optional<String> revisedReportMinutesRefusal(Meeting meeting) {
        if (meeting.isDistrict() || meeting.isFirstOfYear()) {
            return Optional.empty();
        }
        boolean onAgenda = meetings.agenda(meeting).stream().anyMatch(i -> i.getSource() == AgendaItem.Source.ANNUAL_REPORT_APPROVAL);
        Optional<AnnualReport> waiting = revisionAwaitingBoard(meeting.getPlateCode());
        if (!onAgenda || waiting.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Düzeltilmiş " + waiting.get().getReportYear() + " yılı değerlendirme raporu (Ek-3) bu toplantının "
                + "gündemindedir; kurulun onay ya da ret kararı kaydedilmeden tutanak imzalanamaz (R13.2). Sekreterya "
                + "'Düzeltilmiş Ek-3 için kurul kararını kaydet' görevinde bu toplantıyı seçmelidir.");
    }

    // ---- the view ----

    private AnnualReportView view(AnnualReport r) {
        YearEvidence.Year year = evidence.of(r.getPlateCode(), r.getReportYear());
        List<AnnualReportVersion> list = versions.findByReportIdOrderByNumberAsc(r.getId());
        AnnualReportContent content = list.isEmpty() ? evidence.prefill(year) : list.get(list.size() - 1).content();
        List<AnnualReportView.BoardDecisionRow> decided = boardDecisions.findByReportIdOrderByIdAsc(r.getId()).stream()
                .map(d -> new AnnualReportView.BoardDecisionRow(d.getMeetingKey(), d.getDecision().name(),
                        d.getDecision() == AnnualReport.BoardDecision.APPROVED ? "Onaylandı" : "Reddedildi", d.getDecidedOn(),
                        d.getNote(), d.getRecordedBy())).toList();
        AnnualReportView.BoardDecisionRow board = r.getBoardDecision() == null ? null : new AnnualReportView.BoardDecisionRow(
                r.getBoardMeetingKey(), r.getBoardDecision().name(),
                r.getBoardDecision() == AnnualReport.BoardDecision.APPROVED ? "Onaylandı" : "Reddedildi",
                r.getBoardDecidedOn(), r.getBoardDecisionNote(), r.getBoardDecisionRecordedBy());
        AnnualReportView.Approval approval = r.getApprovedVersion() == null ? null
                : new AnnualReportView.Approval(r.getApprovedVersion(), r.getApprovedBy(), r.getApprovedOn());
        return new AnnualReportView(r.getPlateCode(), provinceName(r.getPlateCode()), r.getReportYear(), r.getBusinessKey(),
                r.getStatus(), r.getStatus().turkish(), r.getDraftDueDate(), r.getPlatformEntryDueDate(),
                list.isEmpty() ? null : list.get(list.size() - 1).getNumber(), content,
                list.stream().map(v -> new AnnualReportView.VersionRow(v.getNumber(), v.getPreparedBy(), v.getPreparedAt())).toList(),
                year.meetings(), year.decisions(), year.summary(), board, approval,
                new AnnualReportView.PlatformEntry(r.getPlatformEntryDueDate(), r.getPlatformEnteredOn(), r.getPlatformEnteredBy(),
                        r.getPlatformVersion(), r.getPlatformNote()), decided);
    }
}
