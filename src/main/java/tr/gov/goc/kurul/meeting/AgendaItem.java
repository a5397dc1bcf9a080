package tr.gov.goc.kurul.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An item of a meeting's compiled agenda, in order. */
@Entity
@Table(name = "meeting_agenda_item")
public class AgendaItem {

    /** Where an item comes from; the mandatory ones carry their rule. */
    public enum Source {
        PREVIOUS_DECISIONS, SUB_COMMISSION_REPORT, ACTION_PLAN, NEGATIVE_EVENTS, SUB_COMMISSION_FORMATION,
        LAST_YEAR_EVALUATION, ANNUAL_REPORT_APPROVAL, ACTION_PLAN_APPROVAL, INSTITUTION_PROPOSAL, DISTRICT_FINDING, ADDITIONAL,
        /** R7.3, R8.4: the reason an extraordinary meeting was requested — its first item. */
        EXTRAORDINARY_REQUEST,
        /** R10.2, R10.10: an institution's special agenda request the secretariat took on. */
        SPECIAL_REQUEST,
        /** R5.3, R10.8: the member institutions' activities for foreigners. */
        ACTIVITIES
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long meetingId;
    @Column(name = "position_no")
    private int position;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Source source;
    private String title;
    private Long institutionId;
    private boolean risk;
    /** What the item brings to the board (the proposal's text, the institutions' activities or events), for the Ek-1. */
    @jakarta.persistence.Lob
    private String detail;

    protected AgendaItem() {
    }

    AgendaItem(long meetingId, int position, Source source, String title, Long institutionId, boolean risk) {
        this(meetingId, position, source, title, institutionId, risk, null);
    }

    AgendaItem(long meetingId, int position, Source source, String title, Long institutionId, boolean risk, String detail) {
        this.meetingId = meetingId;
        this.position = position;
        this.source = source;
        this.title = title;
        this.institutionId = institutionId;
        this.risk = risk;
        this.detail = detail;
    }

    public int getPosition() { return position; }
    public Source getSource() { return source; }
    public String getTitle() { return title; }
    public Long getInstitutionId() { return institutionId; }
    public boolean isRisk() { return risk; }
    public String getDetail() { return detail; }
    public long getMeetingId() { return meetingId; }
}
