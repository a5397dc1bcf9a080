package tr.gov.goc.kurul.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import tr.gov.goc.kurul.mail.EmbeddedSmtp;
import tr.gov.goc.kurul.mail.MailMessage;
import tr.gov.goc.kurul.mail.Mails;

/**
 * The password invitations a login's person receives, read where a person reads them: from the tests' SMTP server
 * (GreenMail), after the mail's delivery job has run.
 */
public final class PasswordInvitations {

    private static final Pattern LINK = Pattern.compile("http://\\S+?(/kurul/parola\\.html#t=[A-Za-z0-9_-]+)");

    private final Mails mails;
    private final EmbeddedSmtp smtp;
    private final ManagementService managementService;

    public PasswordInvitations(Mails mails, EmbeddedSmtp smtp, ManagementService managementService) {
        this.mails = mails;
        this.smtp = smtp;
        this.managementService = managementService;
    }

    /**
     * The link of the user's {@code count}-th password mail, sent to {@code address}: the path and fragment, to be
     * opened on the test's server. Asserts the mail's subject and that it names the user name.
     */
    public String link(String username, String address, int count) throws Exception {
        List<MailMessage> queued = mails.about("parola-" + username, "PASSWORD_LINK");
        assertThat(queued).as("password mails of " + username).hasSize(count);
        MailMessage newest = queued.get(count - 1);
        assertThat(newest.getRecipients()).containsExactly(address);
        Job job = managementService.createJobQuery().processInstanceId(newest.getProcessInstanceId()).singleResult();
        if (job != null) {
            managementService.executeJob(job.getId());
        }
        for (MimeMessage message : smtp.received()) {
            String[] id = message.getHeader("X-Kurul-Mail-Id");
            if (id != null && id[0].equals(String.valueOf(newest.getId()))) {
                assertThat(message.getSubject()).isEqualTo("Kurul: parolanızı belirleyin");
                String text = String.valueOf(message.getContent());
                assertThat(text).contains("Kullanıcı adınız: " + username);
                Matcher link = LINK.matcher(text);
                assertThat(link.find()).as(text).isTrue();
                return link.group(1);
            }
        }
        throw new AssertionError("mail " + newest.getId() + " not received");
    }

    /** The token of a link {@link #link} returned. */
    public static String token(String link) {
        return link.substring(link.indexOf("#t=") + 3);
    }
}
