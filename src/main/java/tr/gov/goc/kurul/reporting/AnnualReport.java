package tr.gov.goc.kurul.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** The Ek-3 annual evaluation report of a province on a year (R13.1): its status, board decision and platform entry. */
@Entity
@Table(name = "annual_report")
class AnnualReport {

    enum BoardDecision { APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int plateCode;
    private int reportYear;
    private String businessKey;
    @Enumerated(EnumType.STRING)
    private AnnualReportStatus status;
    private LocalDate draftDueDate;
    private LocalDate platformEntryDueDate;
    private LocalDate platformEnteredOn;
    private String platformEnteredBy;
    private Integer platformVersion;
    private String platformNote;
    private String boardMeetingKey;
    @Enumerated(EnumType.STRING)
    @Column(name = "board_decision")
    private BoardDecision boardDecision;
    private LocalDate boardDecidedOn;
    private String boardDecisionNote;
    private String boardDecisionRecordedBy;
    private Integer approvedVersion;
    private String approvedBy;
    private LocalDate approvedOn;
    private Instant createdAt;
    @Version
    private long version;

    protected AnnualReport() {
    }

    AnnualReport(int plateCode, int reportYear, String businessKey, LocalDate draftDueDate, LocalDate platformEntryDueDate,
                 Instant createdAt) {
        this.plateCode = plateCode;
        this.reportYear = reportYear;
        this.businessKey = businessKey;
        this.draftDueDate = draftDueDate;
        this.platformEntryDueDate = platformEntryDueDate;
        this.createdAt = createdAt;
        this.status = AnnualReportStatus.DRAFT;
    }

    void submitted() {
        this.status = boardDecision == BoardDecision.REJECTED ? AnnualReportStatus.RESUBMITTED : AnnualReportStatus.SUBMITTED;
    }

    void boardDecided(String meetingKey, boolean approved, LocalDate on, String note, String by, int currentVersion) {
        this.boardMeetingKey = meetingKey;
        this.boardDecision = approved ? BoardDecision.APPROVED : BoardDecision.REJECTED;
        this.boardDecidedOn = on;
        this.boardDecisionNote = note;
        this.boardDecisionRecordedBy = by;
        if (approved) {
            approved(currentVersion, by, on);
        } else {
            this.status = AnnualReportStatus.REJECTED;
        }
    }

    void approved(int versionNo, String by, LocalDate on) {
        this.status = AnnualReportStatus.APPROVED;
        this.approvedVersion = versionNo;
        this.approvedBy = by;
        this.approvedOn = on;
    }

    void enteredOnPlatform(LocalDate on, String by, int versionNo, String note) {
        this.platformEnteredOn = on;
        this.platformEnteredBy = by;
        this.platformVersion = versionNo;
        this.platformNote = note;
    }

    Long getId() { return id; }
    int getPlateCode() { return plateCode; }
    int getReportYear() { return reportYear; }
    String getBusinessKey() { return businessKey; }
    AnnualReportStatus getStatus() { return status; }
    LocalDate getDraftDueDate() { return draftDueDate; }
    LocalDate getPlatformEntryDueDate() { return platformEntryDueDate; }
    LocalDate getPlatformEnteredOn() { return platformEnteredOn; }
    String getPlatformEnteredBy() { return platformEnteredBy; }
    Integer getPlatformVersion() { return platformVersion; }
    String getPlatformNote() { return platformNote; }
    String getBoardMeetingKey() { return boardMeetingKey; }
    BoardDecision getBoardDecision() { return boardDecision; }
    LocalDate getBoardDecidedOn() { return boardDecidedOn; }
    String getBoardDecisionNote() { return boardDecisionNote; }
    String getBoardDecisionRecordedBy() { return boardDecisionRecordedBy; }
    Integer getApprovedVersion() { return approvedVersion; }
    String getApprovedBy() { return approvedBy; }
    LocalDate getApprovedOn() { return approvedOn; }
}
