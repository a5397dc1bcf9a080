package tr.gov.goc.kurul.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One submitted version of an Ek-3 report; a version never changes, a redraft is a new version. */
@Entity
@Table(name = "annual_report_version")
class AnnualReportVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long reportId;
    @Column(name = "version_no")
    private int number;
    private String mainProblems;
    private String decisionsEvaluation;
    private String notImplemented;
    private String unsolvedProblems;
    private String solutionProposals;
    private String expectedSupport;
    private String conclusions;
    private String preparedBy;
    private Instant preparedAt;

    protected AnnualReportVersion() {
    }

    AnnualReportVersion(long reportId, int number, AnnualReportContent content, String preparedBy, Instant preparedAt) {
        this.reportId = reportId;
        this.number = number;
        this.mainProblems = content.mainProblems();
        this.decisionsEvaluation = content.decisionsEvaluation();
        this.notImplemented = content.notImplemented();
        this.unsolvedProblems = content.unsolvedProblems();
        this.solutionProposals = content.solutionProposals();
        this.expectedSupport = content.expectedSupport();
        this.conclusions = content.conclusions();
        this.preparedBy = preparedBy;
        this.preparedAt = preparedAt;
    }

    AnnualReportContent content() {
        return new AnnualReportContent(mainProblems, decisionsEvaluation, notImplemented, unsolvedProblems, solutionProposals,
                expectedSupport, conclusions);
    }

    int getNumber() { return number; }
    String getPreparedBy() { return preparedBy; }
    Instant getPreparedAt() { return preparedAt; }
}
