package tr.gov.goc.kurul.agenda;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One institution's answer to the agenda call of one meeting (R10.2). */
@Entity
@Table(name = "agenda_proposal")
class AgendaProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String meetingKey;

    private int plateCode;

    private long institutionId;

    private String institutionName;

    @Enumerated(EnumType.STRING)
    private ProposalStatus status;

    private boolean hasProposal;

    private String topic;

    @Enumerated(EnumType.STRING)
    private AgendaCategory category;

    private String description;

    private boolean specialRequest;

    private String specialRequestText;

    private String activities;

    private String negativeEvents;

    private boolean riskFlag;

    private String submittedBy;

    private Instant submittedAt;

    private Instant lateAt;
    /** R10.2: the secretariat took the proposal onto the agenda (true), set it aside (false), or has not decided. */
    private Boolean proposalTaken;
    /** R10.2, R10.10: the same for the special agenda request. */
    private Boolean specialRequestTaken;
    /** Why a proposal or request was set aside. */
    private String setAsideReason;

    @Version
    private long version;

    protected AgendaProposal() {
    }

    AgendaProposal(String meetingKey, int plateCode, long institutionId, String institutionName) {
        this.meetingKey = meetingKey;
        this.plateCode = plateCode;
        this.institutionId = institutionId;
        this.institutionName = institutionName;
    }

    void answer(ProposalStatus status, ProposalInput input, String submittedBy, Instant submittedAt) {
        this.status = status;
        this.hasProposal = input.hasProposal();
        this.topic = input.topic();
        this.category = input.category();
        this.description = input.description();
        this.specialRequest = input.specialRequest();
        this.specialRequestText = input.specialRequestText();
        this.activities = input.activities();
        this.negativeEvents = input.negativeEvents();
        this.riskFlag = input.riskFlag();
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    void markLate(Instant at) {
        this.status = ProposalStatus.LATE;
        this.lateAt = at;
    }

    AgendaProposalView view() {
        return new AgendaProposalView(meetingKey, plateCode, institutionId, institutionName, status, hasProposal, topic,
                category, description, specialRequest, specialRequestText, activities, negativeEvents, riskFlag,
                submittedBy, submittedAt, lateAt, proposalTaken, specialRequestTaken, setAsideReason);
    }

    /** What the secretariat did with the proposal and the special request when it closed the agenda. */
    void handled(Boolean proposalTaken, Boolean specialRequestTaken, String setAsideReason) {
        this.proposalTaken = proposalTaken;
        this.specialRequestTaken = specialRequestTaken;
        this.setAsideReason = Boolean.FALSE.equals(proposalTaken) || Boolean.FALSE.equals(specialRequestTaken)
                ? setAsideReason : null;
    }

    Long getId() {
        return id;
    }

    String getMeetingKey() {
        return meetingKey;
    }

    int getPlateCode() {
        return plateCode;
    }

    long getInstitutionId() {
        return institutionId;
    }

    ProposalStatus getStatus() {
        return status;
    }
}
