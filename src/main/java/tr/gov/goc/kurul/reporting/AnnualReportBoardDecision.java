package tr.gov.goc.kurul.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * R13.2: one board meeting's decision on an Ek-3 report — the first board of the following year, or, after a
 * rejection, the later board meeting that decided on the revised report — with who recorded it. Never changes.
 */
@Entity
@Table(name = "annual_report_board_decision")
class AnnualReportBoardDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long reportId;
    private String meetingKey;
    @Enumerated(EnumType.STRING)
    private AnnualReport.BoardDecision decision;
    private LocalDate decidedOn;
    private String note;
    @Column(name = "report_version")
    private int reportVersion;
    private String recordedBy;
    private Instant recordedAt;

    protected AnnualReportBoardDecision() {
    }

    AnnualReportBoardDecision(long reportId, String meetingKey, AnnualReport.BoardDecision decision, LocalDate decidedOn,
                              String note, int reportVersion, String recordedBy, Instant recordedAt) {
        this.reportId = reportId;
        this.meetingKey = meetingKey;
        this.decision = decision;
        this.decidedOn = decidedOn;
        this.note = note;
        this.reportVersion = reportVersion;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    long getReportId() { return reportId; }
    String getMeetingKey() { return meetingKey; }
    AnnualReport.BoardDecision getDecision() { return decision; }
    LocalDate getDecidedOn() { return decidedOn; }
    String getNote() { return note; }
    int getReportVersion() { return reportVersion; }
    String getRecordedBy() { return recordedBy; }
    Instant getRecordedAt() { return recordedAt; }
}
