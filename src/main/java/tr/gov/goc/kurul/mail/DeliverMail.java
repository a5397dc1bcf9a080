package tr.gov.goc.kurul.mail;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "E-postayı gönder" ({@code ${deliverMail}}, asynchronous with retries): sends one outbox message. A message already
 * SENT is not sent again, so a retried incident or a repeated job never duplicates a mail.
 */
@Component("deliverMail")
class DeliverMail implements JavaDelegate {

    private final MailMessageRepository messages;
    private final MailTransport transport;
    private final Clock clock;

    DeliverMail(MailMessageRepository messages, MailTransport transport, Clock clock) {
        this.messages = messages;
        this.transport = transport;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(Mails.MAIL_ID)).longValue();
        MailMessage message = messages.findById(id)
                .orElseThrow(() -> new IllegalStateException("Gönderilecek e-posta bulunamadı: " + id));
        if (message.getStatus() != MailMessage.Status.QUEUED) {
            return;
        }
        transport.send(message);
        message.sent(clock.instant());
        messages.saveAndFlush(message);
    }
}
