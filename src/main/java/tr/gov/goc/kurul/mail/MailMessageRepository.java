package tr.gov.goc.kurul.mail;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

    List<MailMessage> findByBusinessKeyAndKindOrderByIdAsc(String businessKey, String kind);

    List<MailMessage> findByBusinessKeyOrderByIdAsc(String businessKey);

    List<MailMessage> findByPlateCodeInOrderByIdDesc(java.util.Collection<Integer> plateCodes);

    List<MailMessage> findTop200ByOrderByIdDesc();
}
