package tr.gov.goc.kurul.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.common.NotFoundException;

/**
 * Tells people things: reminders before a due date, escalations at it, late items, calendar changes. A notice
 * is stored first (so nothing is lost if mail is down); mail delivery is added on top (issue #6).
 */
@Service
public class Notices {

    private final NoticeRepository notices;
    private final Clock clock;

    Notices(NoticeRepository notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    public Notice toGroup(String groupId, String kind, String subject, String body, String businessKey) {
        return notices.save(new Notice(groupId, null, kind, subject, body, businessKey, clock.instant()));
    }

    @Transactional
    public Notice toUser(String userId, String kind, String subject, String body, String businessKey) {
        return notices.save(new Notice(null, userId, kind, subject, body, businessKey, clock.instant()));
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
