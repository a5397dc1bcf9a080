package tr.gov.goc.kurul.notification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NoticeRepository extends JpaRepository<Notice, Long> {

    @Query("select n from Notice n where n.recipientUser = :user or n.recipientGroup in :groups order by n.createdAt desc, n.id desc")
    List<Notice> forRecipient(String user, Collection<String> groups);

    List<Notice> findByBusinessKeyOrderByIdAsc(String businessKey);

    List<Notice> findByRecipientGroupOrderByIdAsc(String recipientGroup);
}
