package tr.gov.goc.kurul.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something Kurul tells a group (e.g. a province's secretariat) or one person, kept until read. */
@Entity
@Table(name = "notice")
public class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipientGroup;

    private String recipientUser;

    private String subject;

    private String body;

    /** The process business key or record the notice is about, e.g. 27-2026-2. */
    private String businessKey;

    private String kind;

    private Instant createdAt;

    private Instant readAt;

    protected Notice() {
    }

    Notice(String recipientGroup, String recipientUser, String kind, String subject, String body, String businessKey, Instant createdAt) {
        this.recipientGroup = recipientGroup;
        this.recipientUser = recipientUser;
        this.kind = kind;
        this.subject = subject;
        this.body = body;
        this.businessKey = businessKey;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getRecipientGroup() {
        return recipientGroup;
    }

    public String getRecipientUser() {
        return recipientUser;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public String getKind() {
        return kind;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
