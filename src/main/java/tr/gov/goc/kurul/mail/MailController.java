package tr.gov.goc.kurul.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.common.CurrentUser;
import tr.gov.goc.kurul.common.ForbiddenException;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.identity.GroupIds;

/**
 * The outbox (what Kurul sent or is still trying to send, with the delivery job's last error) and, in the default run,
 * what the embedded SMTP sink received. Administrators see everything; a province's secretariat sees its province's
 * mails.
 */
@RestController
@RequestMapping("/api/mails")
class MailController {

    private final Mails mails;
    private final CurrentUser currentUser;
    private final ManagementService managementService;
    private final ObjectProvider<EmbeddedSmtp> embedded;

    MailController(Mails mails, CurrentUser currentUser, ManagementService managementService, ObjectProvider<EmbeddedSmtp> embedded) {
        this.mails = mails;
        this.currentUser = currentUser;
        this.managementService = managementService;
        this.embedded = embedded;
    }

    @GetMapping
    List<MailView> outbox(@RequestParam(required = false) String businessKey) {
        Set<Integer> provinces = secretariatProvinces();
        List<MailMessage> found = businessKey != null ? mails.about(businessKey, null)
                : currentUser.isAdministrator() ? mails.latest() : mails.ofProvinces(provinces);
        return found.stream().filter(m -> mayRead(m, provinces)).map(this::view).toList();
    }

    @GetMapping("/received")
    List<ReceivedView> received() {
        EmbeddedSmtp sink = embedded.getIfAvailable();
        if (sink == null) {
            throw new NotFoundException("Gömülü SMTP sunucusu bu kurulumda çalışmıyor; iletiler gerçek SMTP sunucusuna gider.");
        }
        Set<Integer> provinces = secretariatProvinces();
        List<ReceivedView> views = new ArrayList<>();
        for (MimeMessage message : sink.received()) {
            ReceivedView view = ReceivedView.of(message);
            Optional<MailMessage> source = view.mailId() == null ? Optional.empty() : mails.find(view.mailId());
            if (currentUser.isAdministrator() || source.filter(m -> mayRead(m, provinces)).isPresent()) {
                // a password link is its recipient's alone: administrators never read it
                views.add(source.filter(MailMessage::isConfidential).isPresent() ? view.withoutText() : view);
            }
        }
        return views;
    }

    private Set<Integer> secretariatProvinces() {
        Set<Integer> provinces = currentUser.visibleProvinces().stream()
                .filter(p -> currentUser.belongsTo(GroupIds.secretariat(p))).collect(Collectors.toSet());
        if (!currentUser.isAdministrator() && provinces.isEmpty()) {
            throw new ForbiddenException("E-posta kayıtlarını sistem yöneticisi ve il sekreteryası görür.");
        }
        return provinces;
    }

    private boolean mayRead(MailMessage message, Set<Integer> provinces) {
        return currentUser.isAdministrator() || (message.getPlateCode() != null && provinces.contains(message.getPlateCode()));
    }

    private MailView view(MailMessage m) {
        String lastError = null;
        boolean incident = false;
        if (m.getStatus() == MailMessage.Status.QUEUED && m.getProcessInstanceId() != null) {
            Job job = managementService.createJobQuery().processInstanceId(m.getProcessInstanceId()).singleResult();
            if (job != null) {
                lastError = job.getExceptionMessage();
                incident = job.getRetries() == 0;
            }
        }
        return new MailView(m.getId(), m.getKind(), m.getBusinessKey(), m.getPlateCode(), m.getRecipientLabel(), m.getRecipients(),
                m.getSubject(), m.getStatus().name(), m.getCalendar() != null, m.getAttachmentName(), m.getCreatedAt(), m.getSentAt(),
                lastError, incident);
    }

    record MailView(long id, String kind, String businessKey, Integer plateCode, String recipient, List<String> addresses,
                    String subject, String status, boolean calendarInvitation, String attachment, Instant queuedAt,
                    Instant sentAt, String lastError, boolean incident) {
    }

    record ReceivedView(Long mailId, List<String> to, String subject, String text, List<String> attachments) {

        ReceivedView withoutText() {
            return new ReceivedView(mailId, to, subject, MailMessage.CONFIDENTIAL_BODY, attachments);
        }

        static ReceivedView of(MimeMessage message) {
            try {
                String[] id = message.getHeader(MailTransport.MAIL_ID_HEADER);
                List<String> to = message.getAllRecipients() == null ? List.of()
                        : Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
                List<String> attachments = new ArrayList<>();
                String text = text(message, attachments);
                return new ReceivedView(id == null ? null : Long.valueOf(id[0]), to, message.getSubject(), text, attachments);
            } catch (jakarta.mail.MessagingException | IOException e) {
                return new ReceivedView(null, List.of(), "(okunamadı: " + e.getMessage() + ")", "", List.of());
            }
        }

        private static String text(Part part, List<String> attachments) throws jakarta.mail.MessagingException, IOException {
            if (part.getFileName() != null) {
                attachments.add(part.getFileName());
                return "";
            }
            if (part.isMimeType("text/plain")) {
                return String.valueOf(part.getContent());
            }
            if (part.getContent() instanceof Multipart multipart) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    text.append(text(body, attachments));
                }
                return text.toString();
            }
            return "";
        }
    }

}
