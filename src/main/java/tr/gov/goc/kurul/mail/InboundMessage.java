package tr.gov.goc.kurul.mail;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message read from the reply mailbox: a hash of its Message-ID and what came of it, nothing personal. */
@Entity
@Table(name = "mail_inbound_message")
class InboundMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String messageKey;
    private String outcome;
    private Instant processedAt;

    protected InboundMessage() {
    }

    InboundMessage(String messageKey, String outcome, Instant processedAt) {
        this.messageKey = messageKey;
        this.outcome = outcome;
        this.processedAt = processedAt;
    }

    String getOutcome() { return outcome; }
}
