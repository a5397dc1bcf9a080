package tr.gov.goc.kurul.board;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.common.ChangeRow;
import tr.gov.goc.kurul.common.CurrentUser;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.common.PlainText;

@RestController
@RequestMapping("/api/boards")
class BoardController {

    private final Boards boards;
    private final Memberships memberships;
    private final BoardViews views;
    private final CurrentUser currentUser;
    private final BoardHistory history;

    BoardController(Boards boards, Memberships memberships, BoardViews views, CurrentUser currentUser, BoardHistory history) {
        this.history = history;
        this.boards = boards;
        this.memberships = memberships;
        this.views = views;
        this.currentUser = currentUser;
    }

    @GetMapping
    List<BoardViews.BoardSummary> list(@RequestParam int province) {
        currentUser.requireProvince(province);
        return boards.ofProvince(province).stream().map(views::summary).toList();
    }

    @GetMapping("/{id}")
    BoardViews.BoardDetail one(@PathVariable long id) {
        Board board = visible(id);
        return views.detail(board, currentUser.keepsRegistryOf(board.getPlateCode(), board.getDistrictId()));
    }

    /** The board's change history (its data and memberships: who, when, old → new), for whoever may read the board. */
    @GetMapping("/{id}/history")
    List<ChangeRow> history(@PathVariable long id) {
        return history.of(visible(id).getId());
    }

    /** Foreign population (with its date and source) and the R8.1 border flag. */
    @PutMapping("/{id}")
    BoardViews.BoardDetail update(@PathVariable long id, @Valid @RequestBody BoardBody body) {
        kept(id);
        return views.detail(boards.update(id, new Boards.BoardChange(body.foreignPopulation(), body.populationAsOf(),
                body.populationSource(), body.borderDistrict())));
    }

    @GetMapping("/{id}/members")
    List<BoardViews.MemberView> members(@PathVariable long id, @RequestParam(defaultValue = "false") boolean history) {
        Board board = visible(id);
        return (history ? memberships.history(board.getId()) : memberships.active(board.getId())).stream().map(views::member).toList();
    }

    @PostMapping("/{id}/members")
    @ResponseStatus(HttpStatus.CREATED)
    BoardViews.MemberView addMember(@PathVariable long id, @Valid @RequestBody MemberBody body) {
        kept(id);
        return views.member(memberships.add(id, body.personId(), body.role(), body.institutionId(), body.deputyOfId(), body.validFrom()));
    }

    @DeleteMapping("/{id}/members/{membershipId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void endMember(@PathVariable long id, @PathVariable long membershipId, @RequestParam(required = false) LocalDate on) {
        kept(id);
        if (on == null) {
            memberships.end(id, membershipId);
        } else {
            memberships.endOn(id, membershipId, on);
        }
    }

    /** Someone else takes a member's, deputy's, chair's or invited participant's place from a day. */
    @PostMapping("/{id}/members/{membershipId}/replacement")
    @ResponseStatus(HttpStatus.CREATED)
    BoardViews.MemberView replace(@PathVariable long id, @PathVariable long membershipId, @Valid @RequestBody ReplacementBody body) {
        kept(id);
        return views.member(memberships.replace(id, membershipId, body.personId(), body.validFrom()));
    }

    /** The board, if the caller keeps its registry: its province's secretariat, its district's, or an administrator. */
    private Board kept(long id) {
        Board board = visible(id);
        currentUser.requireRegistryKeeper(board.getPlateCode(), board.getDistrictId());
        return board;
    }

    private Board visible(long id) {
        Board board = boards.board(id);
        if (!currentUser.canSeeProvince(board.getPlateCode())) {
            throw new NotFoundException("Kimliği " + id + " olan bir kurul yok.");
        }
        return board;
    }

    record BoardBody(
            @Min(value = 0, message = "Yabancı nüfus negatif olamaz.") @Max(value = 100_000_000, message = "Yabancı nüfus en fazla 100.000.000 olabilir.") Integer foreignPopulation,
            LocalDate populationAsOf,
            @Size(max = 250, message = "En fazla 250 karakter olabilir.") @PlainText String populationSource,
            Boolean borderDistrict) {
    }

    record ReplacementBody(
            @NotNull(message = "Yeni kişiyi seçin.") Long personId,
            @NotNull(message = "Değişikliğin geçerli olacağı tarih zorunludur.") LocalDate validFrom) {
    }

    record MemberBody(
            @NotNull(message = "Kişi (personId) zorunludur.") Long personId,
            @NotNull(message = "Görev (role) zorunludur: CHAIR, MEMBER, DEPUTY, INVITED, SECRETARY veya CHAIR_OFFICE.") MembershipRole role,
            Long institutionId,
            Long deputyOfId,
            LocalDate validFrom) {
    }
}
