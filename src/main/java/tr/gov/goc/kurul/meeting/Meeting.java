package tr.gov.goc.kurul.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * One board meeting, from its plan to its closing; the key is its process's business key: provincial 27-2026-2,
 * district 27-ilce-412-2026-1 (the district board's id, the province's plate code as tenant, R8.1).
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String meetingKey;
    private long boardId;
    private int plateCode;
    @Column(name = "meeting_year")
    private int year;
    @Column(name = "sequence_no")
    private Integer sequence;
    @Enumerated(EnumType.STRING)
    private MeetingKind kind;
    private boolean firstOfYear;
    private String title;
    private LocalDate windowStart;
    private LocalDate windowEnd;
    private LocalDate subCommissionWindowStart;
    private LocalDate subCommissionWindowEnd;
    private LocalDate plannedOn;
    private LocalDate agendaOpensOn;
    private LocalDate agendaDueDate;
    private LocalDate meetingDate;
    private String startTime;
    private String place;
    private LocalDate noticeDueDate;
    private LocalDate minutesDistributionDueDate;
    private LocalDate platformEntryDueDate;
    private String previousDecisionsEvaluation;
    /** The district of a district board meeting (R8.1); null for a provincial one. */
    private Long districtId;
    /** R8.3: an ordinary district meeting not held in its window must meet by this day. */
    private LocalDate lateDeadline;
    /** RFC 5546: the SEQUENCE of the meeting's calendar invitation; each change by the chair raises it (R11.3). */
    private int calendarSequence;
    @Enumerated(EnumType.STRING)
    private MeetingStatus status;
    @Version
    private long version;

    protected Meeting() {
    }

    Meeting(String meetingKey, long boardId, int plateCode, int year, Integer sequence, MeetingKind kind, boolean firstOfYear,
            String title, LocalDate windowStart, LocalDate windowEnd, LocalDate plannedOn, LocalDate agendaOpensOn,
            LocalDate agendaDueDate) {
        this.meetingKey = meetingKey;
        this.boardId = boardId;
        this.plateCode = plateCode;
        this.year = year;
        this.sequence = sequence;
        this.kind = kind;
        this.firstOfYear = firstOfYear;
        this.title = title;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.plannedOn = plannedOn;
        this.agendaOpensOn = agendaOpensOn;
        this.agendaDueDate = agendaDueDate;
        this.status = MeetingStatus.PLANNED;
    }

    void ofDistrict(long districtId, LocalDate lateDeadline) {
        this.districtId = districtId;
        this.lateDeadline = lateDeadline;
    }

    void prepareSubCommission(LocalDate start, LocalDate end) {
        this.subCommissionWindowStart = start;
        this.subCommissionWindowEnd = end;
    }

    void schedule(LocalDate date, String time, String place, LocalDate noticeDue, LocalDate distributionDue, LocalDate platformDue) {
        this.meetingDate = date;
        this.startTime = time;
        this.place = place;
        this.noticeDueDate = noticeDue;
        this.minutesDistributionDueDate = distributionDue;
        this.platformEntryDueDate = platformDue;
        this.status = MeetingStatus.SCHEDULED;
    }

    /** R11.3: the chair postponed or moved the meeting; the invitation is sent again with the next sequence. */
    void reschedule(LocalDate date, String time, String place, LocalDate noticeDue, LocalDate distributionDue, LocalDate platformDue) {
        schedule(date, time, place, noticeDue, distributionDue, platformDue);
        this.calendarSequence++;
    }

    /** R11.3: the chair cancelled the meeting; its cycle ends and the invitation is withdrawn with the next sequence. */
    void cancel() {
        this.status = MeetingStatus.CANCELLED;
        this.calendarSequence++;
    }

    void evaluatePreviousDecisions(String evaluation) {
        this.previousDecisionsEvaluation = evaluation;
    }

    void advance(MeetingStatus next) {
        this.status = next;
    }

    /** R12.2: the last signature approved the minutes (called by the minutes module). */
    public void minutesSigned() {
        advance(MeetingStatus.MINUTES_SIGNED);
    }

    public Long getId() { return id; }
    public String getMeetingKey() { return meetingKey; }
    public long getBoardId() { return boardId; }
    public int getPlateCode() { return plateCode; }
    public int getYear() { return year; }
    public Integer getSequence() { return sequence; }
    public MeetingKind getKind() { return kind; }
    public boolean isFirstOfYear() { return firstOfYear; }
    public String getTitle() { return title; }
    public LocalDate getWindowStart() { return windowStart; }
    public LocalDate getWindowEnd() { return windowEnd; }
    public LocalDate getSubCommissionWindowStart() { return subCommissionWindowStart; }
    public LocalDate getSubCommissionWindowEnd() { return subCommissionWindowEnd; }
    public LocalDate getPlannedOn() { return plannedOn; }
    public LocalDate getAgendaOpensOn() { return agendaOpensOn; }
    public LocalDate getAgendaDueDate() { return agendaDueDate; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public String getStartTime() { return startTime; }
    public String getPlace() { return place; }
    public LocalDate getNoticeDueDate() { return noticeDueDate; }
    public LocalDate getMinutesDistributionDueDate() { return minutesDistributionDueDate; }
    public LocalDate getPlatformEntryDueDate() { return platformEntryDueDate; }
    public String getPreviousDecisionsEvaluation() { return previousDecisionsEvaluation; }
    public MeetingStatus getStatus() { return status; }
    public int getCalendarSequence() { return calendarSequence; }
    public Long getDistrictId() { return districtId; }
    public LocalDate getLateDeadline() { return lateDeadline; }
    public boolean isDistrict() { return districtId != null; }
}
