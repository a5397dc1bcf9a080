package tr.gov.goc.kurul.mail;

import org.springframework.data.jpa.repository.JpaRepository;

interface InboundMessageRepository extends JpaRepository<InboundMessage, Long> {

    boolean existsByMessageKey(String messageKey);
}
