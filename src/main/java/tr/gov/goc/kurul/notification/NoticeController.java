package tr.gov.goc.kurul.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.common.CurrentUser;

/** The caller's notices: those to them and to their groups. */
@RestController
@RequestMapping("/api/notices")
class NoticeController {

    private final Notices notices;
    private final CurrentUser currentUser;

    NoticeController(Notices notices, CurrentUser currentUser) {
        this.notices = notices;
        this.currentUser = currentUser;
    }

    @GetMapping
    List<NoticeView> mine() {
        return notices.forRecipient(currentUser.userId(), currentUser.groupIds()).stream().map(NoticeView::of).toList();
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(@PathVariable long id) {
        notices.markRead(id, currentUser.userId(), currentUser.groupIds());
    }

    record NoticeView(long id, String kind, String subject, String body, String businessKey, String recipientGroup,
                      Instant createdAt, Instant readAt) {
        static NoticeView of(Notice n) {
            return new NoticeView(n.getId(), n.getKind(), n.getSubject(), n.getBody(), n.getBusinessKey(),
                    n.getRecipientGroup(), n.getCreatedAt(), n.getReadAt());
        }
    }
}
