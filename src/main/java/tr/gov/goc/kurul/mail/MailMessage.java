package tr.gov.goc.kurul.mail;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One message of the outbox: queued in the transaction that decided to send it, sent once by its delivery job. */
@Entity
@Table(name = "mail_message")
public class MailMessage {

    /** QUEUED: waiting for (or retrying) delivery; SENT: accepted by the SMTP server; NO_ADDRESS: nobody to send to. */
    public enum Status { QUEUED, SENT, NO_ADDRESS }

    /** What a confidential message's body reads once it was sent. */
    static final String CONFIDENTIAL_BODY = "(Gizli içerik: gönderildikten sonra silindi.)";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String kind;
    private String businessKey;
    private Integer plateCode;
    private String recipientLabel;
    private String recipients;
    private String subject;
    @Lob
    private String body;
    @Lob
    private String calendar;
    private String attachmentName;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] attachment;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant createdAt;
    private Instant sentAt;
    private String processInstanceId;
    /** A password link: the body is kept only until the message is sent, and never shown through /api/mails. */
    private boolean confidential;
    @Version
    private long version;

    protected MailMessage() {
    }

    MailMessage(OutgoingMail mail, Status status, Instant createdAt) {
        this.kind = mail.kind();
        this.businessKey = mail.businessKey();
        this.plateCode = mail.plateCode();
        this.recipientLabel = mail.recipientLabel();
        this.recipients = mail.to() == null ? "" : String.join(",", mail.to());
        this.subject = mail.subject();
        this.body = mail.body();
        this.calendar = mail.calendar();
        this.attachmentName = mail.attachmentName();
        this.attachment = mail.attachment();
        this.status = status;
        this.createdAt = createdAt;
    }

    void deliveredBy(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void sent(Instant at) {
        this.status = Status.SENT;
        this.sentAt = at;
        if (confidential) {
            this.body = CONFIDENTIAL_BODY; // the link is in the recipient's mailbox, not in Kurul's database
        }
    }

    void confidential() {
        this.confidential = true;
    }

    public Long getId() { return id; }
    public String getKind() { return kind; }
    public String getBusinessKey() { return businessKey; }
    public Integer getPlateCode() { return plateCode; }
    public String getRecipientLabel() { return recipientLabel; }
    public List<String> getRecipients() {
        return recipients == null || recipients.isBlank() ? List.of() : Arrays.asList(recipients.split(","));
    }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public String getCalendar() { return calendar; }
    public String getAttachmentName() { return attachmentName; }
    public byte[] getAttachment() { return attachment; }
    public Status getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
    public String getProcessInstanceId() { return processInstanceId; }
    public boolean isConfidential() { return confidential; }
}
