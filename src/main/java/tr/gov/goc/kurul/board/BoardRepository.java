package tr.gov.goc.kurul.board;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BoardRepository extends JpaRepository<Board, Long> {

    List<Board> findByPlateCode(int plateCode);

    Optional<Board> findByLevelAndPlateCode(BoardLevel level, int plateCode);

    Optional<Board> findByDistrictId(long districtId);
}
