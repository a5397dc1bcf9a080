package tr.gov.goc.kurul.agenda;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaProposalRepository extends JpaRepository<AgendaProposal, Long> {

    List<AgendaProposal> findByMeetingKeyOrderByIdAsc(String meetingKey);

    Optional<AgendaProposal> findByMeetingKeyAndInstitutionId(String meetingKey, long institutionId);

    Optional<AgendaProposal> findFirstByMeetingKey(String meetingKey);
}
