package tr.gov.goc.kurul.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.mail.Mails;

/**
 * Tells people things: reminders before a due date, escalations at it, late items, calendar changes. A notice
 * is stored first and a mail goes to the people of the group (or to the user) through the outbox in the same
 * transaction: nothing is lost if the mail server is down, nothing is sent if the caller rolls back.
 */
@Service
public class Notices {

    static final String MAIL_FOOTER = "\n\n—\nBu ileti Kurul (Göç Koordinasyon Kurulları) tarafından gönderilmiştir. "
            + "Bildirimlerinizi ve görevlerinizi Kurul'da görebilirsiniz.";

    private final NoticeRepository notices;
    private final Mails mails;
    private final Clock clock;

    Notices(NoticeRepository notices, Mails mails, Clock clock) {
        this.notices = notices;
        this.mails = mails;
        this.clock = clock;
    }

    @Transactional
    public Notice toGroup(String groupId, String kind, String subject, String body, String businessKey) {
        return toGroup(groupId, kind, subject, body, businessKey, null);
    }

    /** A notice to a group, mailed to its people; {@code calendar} (iCalendar, may be null) goes as an invitation. */
    @Transactional
    public Notice toGroup(String groupId, String kind, String subject, String body, String businessKey, String calendar) {
        Notice notice = notices.save(new Notice(groupId, null, kind, subject, body, businessKey, clock.instant()));
        mails.toGroup(groupId, kind, subject, body + MAIL_FOOTER, businessKey, plateOf(groupId), calendar);
        return notice;
    }

    @Transactional
    public Notice toUser(String userId, String kind, String subject, String body, String businessKey) {
        return toUser(userId, kind, subject, body, businessKey, null, null);
    }

    /** A notice to one user, mailed to the user's address; {@code calendar} (may be null) goes as an invitation. */
    @Transactional
    public Notice toUser(String userId, String kind, String subject, String body, String businessKey, Integer plateCode,
                         String calendar) {
        Notice notice = notices.save(new Notice(null, userId, kind, subject, body, businessKey, clock.instant()));
        mails.toUser(userId, kind, subject, body + MAIL_FOOTER, businessKey, plateCode, calendar);
        return notice;
    }

    /** prov-27-secretariat → 27 (the mail's province); other groups have none. */
    static Integer plateOf(String groupId) {
        if (groupId == null || !groupId.startsWith("prov-")) {
            return null;
        }
        String rest = groupId.substring(5);
        int dash = rest.indexOf('-');
        try {
            return Integer.valueOf(dash < 0 ? rest : rest.substring(0, dash));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Transactional(readOnly = true)
    public List<Notice> forRecipient(String userId, Collection<String> groupIds) {
        return notices.forRecipient(userId, groupIds.isEmpty() ? List.of("-") : groupIds);
    }

    @Transactional(readOnly = true)
    public List<Notice> about(String businessKey) {
        return notices.findByBusinessKeyOrderByIdAsc(businessKey);
    }

    @Transactional(readOnly = true)
    public List<Notice> toGroup(String groupId) {
        return notices.findByRecipientGroupOrderByIdAsc(groupId);
    }

    @Transactional
    public void markRead(long id, String userId, Collection<String> groupIds) {
        Notice notice = notices.findById(id)
                .filter(n -> userId.equals(n.getRecipientUser()) || groupIds.contains(n.getRecipientGroup()))
                .orElseThrow(() -> new NotFoundException("Bildirim bulunamadı: " + id));
        notice.markRead(clock.instant());
    }
}
