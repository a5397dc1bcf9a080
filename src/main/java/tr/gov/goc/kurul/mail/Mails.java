package tr.gov.goc.kurul.mail;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.common.AsSystem;

/**
 * Queues e-mail. A message is stored in the caller's transaction and gets its own {@code mailDelivery} process
 * instance, whose asynchronous job sends it after the commit: if the caller rolls back, nothing is sent; if the SMTP
 * server is down, the job retries and finally raises an incident (Cockpit); nothing is lost.
 */
@Service
public class Mails {

    static final String PROCESS_KEY = "mailDelivery";
    static final String MAIL_ID = "mailId";

    private final MailMessageRepository messages;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final Clock clock;

    Mails(MailMessageRepository messages, RuntimeService runtimeService, IdentityService identityService, Clock clock) {
        this.messages = messages;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.clock = clock;
    }

    /** Stores the message and starts its delivery; a message without any address is logged as NO_ADDRESS, not sent. */
    @Transactional
    public MailMessage queue(OutgoingMail mail) {
        return queue(mail, false);
    }

    /**
     * A message whose body is a secret of its recipient (a one-time password link): its body is deleted once it is
     * sent, is never shown by {@code /api/mails} or {@code /api/mails/received}, and is never logged.
     */
    @Transactional
    public MailMessage queueConfidential(OutgoingMail mail) {
        return queue(mail, true);
    }

    private MailMessage queue(OutgoingMail mail, boolean confidential) {
        List<String> to = mail.to() == null ? List.of() : mail.to().stream().filter(a -> a != null && !a.isBlank()).distinct().toList();
        OutgoingMail cleaned = new OutgoingMail(mail.kind(), mail.businessKey(), mail.plateCode(), mail.recipientLabel(), to,
                truncate(mail.subject(), 500), mail.body(), mail.calendar(), mail.attachmentName(), mail.attachment());
        if (to.isEmpty()) {
            return messages.save(new MailMessage(cleaned, MailMessage.Status.NO_ADDRESS, clock.instant()));
        }
        MailMessage queued = new MailMessage(cleaned, MailMessage.Status.QUEUED, clock.instant());
        if (confidential) {
            queued.confidential();
        }
        MailMessage message = messages.save(queued);
        ProcessInstance delivery = AsSystem.run(identityService, () -> {
            var start = runtimeService.createProcessInstanceByKey(PROCESS_KEY)
                    .businessKey("mail-" + message.getId())
                    .setVariable(MAIL_ID, message.getId())
                    .setVariable("mailSubject", truncate(message.getSubject(), 200));
            if (mail.plateCode() != null) {
                start = start.setVariable("plateCode", mail.plateCode()); // the province's tenant: its Cockpit users see the incident
            }
            return start.execute();
        });
        message.deliveredBy(delivery.getId());
        return message;
    }

    /** One message to every person of a candidate group who has an address (reminders, new tasks, notices). */
    @Transactional
    public Optional<MailMessage> toGroup(String groupId, String kind, String subject, String body, String businessKey,
                                         Integer plateCode, String calendar) {
        List<String> addresses = addressesOf(groupId);
        if (addresses.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(queue(new OutgoingMail(kind, businessKey, plateCode, groupId, addresses, subject, body, calendar, null, null)));
    }

    /** One message to one Kurul user, if the user has an address. */
    @Transactional
    public Optional<MailMessage> toUser(String userId, String kind, String subject, String body, String businessKey,
                                        Integer plateCode, String calendar) {
        String address = AsSystem.run(identityService, () -> {
            User user = identityService.createUserQuery().userId(userId).singleResult();
            return user == null ? null : user.getEmail();
        });
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(queue(new OutgoingMail(kind, businessKey, plateCode, userId, List.of(address), subject, body, calendar, null, null)));
    }

    /** The addresses of a Camunda group's members (the registry keeps groups and people in step). */
    public List<String> addressesOf(String groupId) {
        return AsSystem.run(identityService, () -> {
            Set<String> addresses = new LinkedHashSet<>();
            for (User user : identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list()) {
                if (user.getEmail() != null && !user.getEmail().isBlank()) {
                    addresses.add(user.getEmail());
                }
            }
            return List.copyOf(addresses);
        });
    }

    @Transactional(readOnly = true)
    public List<MailMessage> about(String businessKey, String kind) {
        return kind == null ? messages.findByBusinessKeyOrderByIdAsc(businessKey)
                : messages.findByBusinessKeyAndKindOrderByIdAsc(businessKey, kind);
    }

    @Transactional(readOnly = true)
    public List<MailMessage> ofProvinces(Collection<Integer> plateCodes) {
        return plateCodes.isEmpty() ? List.of() : messages.findByPlateCodeInOrderByIdDesc(plateCodes);
    }

    @Transactional(readOnly = true)
    public List<MailMessage> latest() {
        return messages.findTop200ByOrderByIdDesc();
    }

    @Transactional(readOnly = true)
    public Optional<MailMessage> find(long id) {
        return messages.findById(id);
    }

    private static String truncate(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
