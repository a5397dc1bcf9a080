package tr.gov.goc.kurul.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.common.CurrentUser;

/** The decisions of a province with the latest follow-up status per responsible institution (R5.5–R5.7). */
@RestController
@RequestMapping("/api/decisions")
class DecisionController {

    private final Decisions decisions;
    private final CurrentUser currentUser;

    DecisionController(Decisions decisions, CurrentUser currentUser) {
        this.decisions = decisions;
        this.currentUser = currentUser;
    }

    @GetMapping
    List<DecisionView> list(@RequestParam int province, @RequestParam(defaultValue = "false") boolean open) {
        currentUser.requireProvince(province);
        return (open ? decisions.openForProvince(province) : decisions.ofProvince(province)).stream().map(DecisionView::of).toList();
    }

    record DecisionView(long id, String meetingKey, String label, String text, String justification, String aim,
                        LocalDate deadline, boolean riskItem, boolean actionPlanUpdate, boolean open,
                        List<ResponsibleView> responsible) {
        static DecisionView of(DecisionStatus s) {
            Decision d = s.decision();
            return new DecisionView(d.getId(), d.getMeetingKey(), s.label(), d.getText(), d.getJustification(), d.getAim(),
                    d.getDeadline(), d.isRiskItem(), d.isActionPlanUpdate(), s.isOpen(),
                    s.institutions().stream().map(ResponsibleView::of).toList());
        }
    }

    record ResponsibleView(long institutionId, String institutionName, FollowUpStatus status, String statusText,
                           String note, String reason, String evidence, Instant reportedAt, String reportedBy) {
        static ResponsibleView of(DecisionStatus.InstitutionStatus i) {
            FollowUpReport r = i.latestReport();
            return new ResponsibleView(i.institutionId(), i.institutionName(), i.status(),
                    r == null ? "Rapor verilmedi" : r.getStatus().turkish(),
                    r == null ? null : r.getNote(), r == null ? null : r.getReason(), r == null ? null : r.getEvidence(),
                    r == null ? null : r.getReportedAt(), r == null ? null : r.getReportedBy());
        }
    }
}
