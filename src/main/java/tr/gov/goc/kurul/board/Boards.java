package tr.gov.goc.kurul.board;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.common.TurkishOrder;
import tr.gov.goc.kurul.institution.Institution;
import tr.gov.goc.kurul.policy.Policy;

/** The public face of the board module: boards, their secretariats and the derived provincial membership. */
@Service
@Transactional(readOnly = true)
public class Boards {

    static final String KAYMAKAM_THRESHOLD = "provincialBoardKaymakamPopulationAbove";

    private final BoardRepository boards;
    private final Secretariats secretariats;
    private final Policy policy;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Boards(BoardRepository boards, Secretariats secretariats, Policy policy, Clock clock, ApplicationEventPublisher events) {
        this.boards = boards;
        this.secretariats = secretariats;
        this.policy = policy;
        this.clock = clock;
        this.events = events;
    }

    public Board board(long id) {
        return boards.findById(id).orElseThrow(() -> new NotFoundException("Kimliği " + id + " olan bir kurul yok."));
    }

    public Optional<Board> find(long id) {
        return boards.findById(id);
    }

    public Board provincialBoard(int plateCode) {
        return boards.findByLevelAndPlateCode(BoardLevel.PROVINCIAL, plateCode)
                .orElseThrow(() -> new NotFoundException("Plaka kodu " + plateCode + " olan ilin kurulu yok."));
    }

    public Board districtBoard(long districtId) {
        return boards.findByDistrictId(districtId)
                .orElseThrow(() -> new NotFoundException("Kimliği " + districtId + " olan ilçenin kurulu yok."));
    }

    /** The provincial board first, then the district boards in Turkish alphabetical order. */
    public List<Board> ofProvince(int plateCode) {
        return boards.findByPlateCode(plateCode).stream().sorted(provincialFirst()).toList();
    }

    /** Every board in one read, by plate code, each province's as {@link #ofProvince(int)} orders them. */
    public List<Board> all() {
        Comparator<Board> byPlate = Comparator.comparingInt(Board::getPlateCode);
        return boards.findAll().stream().sorted(byPlate.thenComparing(provincialFirst())).toList();
    }

    private static Comparator<Board> provincialFirst() {
        Comparator<Board> provincialFirst = Comparator.comparing(b -> b.isProvincial() ? 0 : 1);
        return provincialFirst.thenComparing(TurkishOrder.by(Board::getName));
    }

    public Optional<Institution> secretariat(Board board) {
        return secretariats.of(board);
    }

    public Optional<Institution> chairInstitution(Board board) {
        return secretariats.chairInstitution(board);
    }

    /**
     * R4.2: the Kaymakams of districts whose foreign population is over the threshold (2,000, as data, R15.3)
     * sit on the provincial board. Derived from the district boards' figures, never stored.
     */
    public List<Board> districtsRepresentedOnProvincialBoard(int plateCode) {
        int above = policy.intAsOf(KAYMAKAM_THRESHOLD, LocalDate.now(clock));
        return ofProvince(plateCode).stream()
                .filter(b -> !b.isProvincial())
                .filter(b -> b.getForeignPopulation() != null && b.getForeignPopulation() > above)
                .toList();
    }

    @Transactional
    public Board update(long id, BoardChange change) {
        Board board = board(id);
        if (change.foreignPopulation() != null && change.foreignPopulation() < 0) {
            throw new InvalidInputException("foreignPopulation", "Yabancı nüfus negatif olamaz.");
        }
        if (change.populationAsOf() != null && change.populationAsOf().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("populationAsOf", "Nüfus bilgisinin tarihi ileri bir tarih olamaz.");
        }
        if (change.borderDistrict() != null && change.borderDistrict() && board.isProvincial()) {
            throw new InvalidInputException("borderDistrict", "Sınır ilçesi işareti yalnızca ilçe kurulları içindir (R8.1).");
        }
        if (change.foreignPopulation() != null) {
            if (change.populationAsOf() == null || change.populationSource() == null || change.populationSource().isBlank()) {
                throw new InvalidInputException(change.populationAsOf() == null ? "populationAsOf" : "populationSource",
                        "Yabancı nüfus, bilginin tarihi (populationAsOf) ve kaynağı (populationSource) ile birlikte girilir.");
            }
            board.updatePopulation(change.foreignPopulation(), change.populationAsOf(), change.populationSource().trim());
        }
        if (change.borderDistrict() != null) {
            board.setBorderDistrict(change.borderDistrict());
        }
        boards.flush();
        events.publishEvent(new BoardChanged(board.getId(), board.getPlateCode()));
        return board;
    }

    /** What may change on a board; a null field stays as it is. */
    public record BoardChange(Integer foreignPopulation, LocalDate populationAsOf, String populationSource, Boolean borderDistrict) {
    }
}
