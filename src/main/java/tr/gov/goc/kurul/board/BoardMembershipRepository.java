package tr.gov.goc.kurul.board;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BoardMembershipRepository extends JpaRepository<BoardMembership, Long> {

    List<BoardMembership> findByBoardId(long boardId);

    List<BoardMembership> findByPersonId(long personId);
}
