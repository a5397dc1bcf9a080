package tr.gov.goc.kurul.decision;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DecisionRepository extends JpaRepository<Decision, Long> {

    List<Decision> findByMeetingKeyOrderByNumberAsc(String meetingKey);

    List<Decision> findByPlateCodeOrderByCreatedAtAscIdAsc(int plateCode);

    @Query("select coalesce(max(d.number), 0) from Decision d where d.meetingKey = ?1")
    int lastNumber(String meetingKey);
}
