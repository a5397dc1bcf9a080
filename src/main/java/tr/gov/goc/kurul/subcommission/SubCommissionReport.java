package tr.gov.goc.kurul.subcommission;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The sub-commission's output on an Ek-1 form, category "Alt Komisyon Toplantısı" (R12.6): findings per area (R6.7),
 * problems and proposals (R6.8), action plan monitoring (R5.14), the Ek-2 attendance (R12.7) and the platform entry.
 */
@Entity
@Table(name = "sub_commission_report")
class SubCommissionReport {

    static final String CATEGORY = "Alt Komisyon Toplantısı";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private SubCommissionMeeting meeting;

    private String category = CATEGORY;
    private String chairedBy;
    private String topics;
    private boolean noFindings;
    private String problems;
    private String proposals;
    private String actionPlanMonitoring;
    private int participantCount;
    private String recordedBy;
    private Instant recordedAt;
    private LocalDate platformEnteredOn;
    private String platformEnteredBy;
    private Instant platformRecordedAt;
    private String platformNote;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sub_commission_finding", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "area")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "finding_text")
    private Map<ThematicArea, String> findings = new EnumMap<>(ThematicArea.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sub_commission_attendance", joinColumns = @JoinColumn(name = "report_id"))
    @OrderBy("rowNo")
    private List<AttendanceRow> attendance = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sub_commission_other_participant", joinColumns = @JoinColumn(name = "report_id"))
    @OrderBy("rowNo")
    private List<OtherParticipant> otherParticipants = new ArrayList<>();

    @Version
    private long version;

    protected SubCommissionReport() {
    }

    SubCommissionReport(SubCommissionMeeting meeting) {
        this.meeting = meeting;
    }

    void record(ReportInput input, List<AttendanceRow> rows, List<OtherParticipant> others, String by, Instant at) {
        this.chairedBy = input.chairedBy();
        this.topics = input.topics();
        this.noFindings = input.noFindings();
        this.problems = input.problems();
        this.proposals = input.proposals();
        this.actionPlanMonitoring = input.actionPlanMonitoring();
        this.findings.clear();
        this.findings.putAll(input.findings());
        this.attendance.clear();
        this.attendance.addAll(rows);
        this.otherParticipants.clear();
        this.otherParticipants.addAll(others);
        this.participantCount = (int) rows.stream().filter(AttendanceRow::isPresent).count() + others.size();
        this.recordedBy = by;
        this.recordedAt = at;
    }

    void enteredInPlatform(LocalDate on, String by, Instant at, String note) {
        this.platformEnteredOn = on;
        this.platformEnteredBy = by;
        this.platformRecordedAt = at;
        this.platformNote = note;
    }

    SubCommissionMeeting getMeeting() {
        return meeting;
    }

    String getCategory() {
        return category;
    }

    String getChairedBy() {
        return chairedBy;
    }

    String getTopics() {
        return topics;
    }

    boolean isNoFindings() {
        return noFindings;
    }

    String getProblems() {
        return problems;
    }

    String getProposals() {
        return proposals;
    }

    String getActionPlanMonitoring() {
        return actionPlanMonitoring;
    }

    int getParticipantCount() {
        return participantCount;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }

    LocalDate getPlatformEnteredOn() {
        return platformEnteredOn;
    }

    String getPlatformEnteredBy() {
        return platformEnteredBy;
    }

    Instant getPlatformRecordedAt() {
        return platformRecordedAt;
    }

    String getPlatformNote() {
        return platformNote;
    }

    Map<ThematicArea, String> getFindings() {
        return findings;
    }

    List<AttendanceRow> getAttendance() {
        return attendance;
    }

    List<OtherParticipant> getOtherParticipants() {
        return otherParticipants;
    }
}
