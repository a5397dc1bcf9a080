package tr.gov.goc.kurul.subcommission;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** The day, time and place the İl GİM set for a sub-commission meeting (R11.4) and its deadlines (R11.4, R12.6). */
@Entity
@Table(name = "sub_commission_meeting")
class SubCommissionMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The board meeting it prepares, e.g. 27-2026-2 (R10.3). */
    private String meetingKey;
    private String businessKey;
    private String processInstanceId;
    private int plateCode;
    private String title;
    private LocalDate meetingDate;
    private String meetingTime;
    private String place;
    private LocalDate noticeDueDate;
    private LocalDate platformEntryDueDate;
    private String scheduledBy;
    private Instant scheduledAt;
    private Instant noticesSentAt;
    private Integer noticeCount;

    @Version
    private long version;

    protected SubCommissionMeeting() {
    }

    SubCommissionMeeting(String meetingKey, int plateCode) {
        this.meetingKey = meetingKey;
        this.plateCode = plateCode;
    }

    void schedule(String businessKey, String processInstanceId, String title, LocalDate date, String time, String place,
                  LocalDate noticeDueDate, LocalDate platformEntryDueDate, String by, Instant at) {
        this.businessKey = businessKey;
        this.processInstanceId = processInstanceId;
        this.title = title;
        this.meetingDate = date;
        this.meetingTime = time;
        this.place = place;
        this.noticeDueDate = noticeDueDate;
        this.platformEntryDueDate = platformEntryDueDate;
        this.scheduledBy = by;
        this.scheduledAt = at;
        this.noticesSentAt = null;
        this.noticeCount = null;
    }

    void noticesSent(int count, Instant at) {
        this.noticeCount = count;
        this.noticesSentAt = at;
    }

    Long getId() {
        return id;
    }

    String getMeetingKey() {
        return meetingKey;
    }

    String getBusinessKey() {
        return businessKey;
    }

    int getPlateCode() {
        return plateCode;
    }

    String getTitle() {
        return title;
    }

    LocalDate getMeetingDate() {
        return meetingDate;
    }

    String getMeetingTime() {
        return meetingTime;
    }

    String getPlace() {
        return place;
    }

    LocalDate getNoticeDueDate() {
        return noticeDueDate;
    }

    LocalDate getPlatformEntryDueDate() {
        return platformEntryDueDate;
    }

    String getScheduledBy() {
        return scheduledBy;
    }

    Instant getNoticesSentAt() {
        return noticesSentAt;
    }

    Integer getNoticeCount() {
        return noticeCount;
    }
}
