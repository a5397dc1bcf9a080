package tr.gov.goc.kurul.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.board.Board;
import tr.gov.goc.kurul.board.Boards;
import tr.gov.goc.kurul.common.CurrentUser;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.common.PlainText;

/** A district board's meetings (R8.1) and a meeting at the Kaymakam's discretion (R8.2). */
@RestController
@RequestMapping("/api/districts/{districtId}/meetings")
class DistrictMeetingController {

    private final Meetings meetings;
    private final MeetingActions actions;
    private final Boards boards;
    private final MeetingCallRights rights;
    private final CurrentUser currentUser;

    DistrictMeetingController(Meetings meetings, MeetingActions actions, Boards boards, MeetingCallRights rights,
                              CurrentUser currentUser) {
        this.meetings = meetings;
        this.actions = actions;
        this.boards = boards;
        this.rights = rights;
        this.currentUser = currentUser;
    }

    @GetMapping
    List<MeetingViews.Summary> list(@PathVariable long districtId) {
        Board board = visible(districtId);
        return meetings.ofDistrict(board.getDistrictId()).stream().map(MeetingViews.Summary::of).toList();
    }

    /**
     * R8.2: "Yabancı nüfusu 2.000'in altında olan ilçelerde ise kurul, Kaymakamın takdirine bağlı olarak toplanır" — the
     * Kaymakam's act: only the Kaymakamlık's group (the district board's chair) calls it ({@link MeetingCallRights}, which
     * the page's options ask too).
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    MeetingViews.Summary call(@PathVariable long districtId, @Valid @RequestBody DiscretionaryRequest request) {
        visible(districtId);
        rights.requireDiscretionary(districtId);
        return MeetingViews.Summary.of(actions.callDistrictMeeting(districtId, request.reason()));
    }

    private Board visible(long districtId) {
        Board board = boards.districtBoard(districtId);
        if (!currentUser.canSeeProvince(board.getPlateCode())) {
            throw new NotFoundException("Kimliği " + districtId + " olan ilçenin kurulu yok.");
        }
        return board;
    }

    record DiscretionaryRequest(
            @NotBlank(message = "Gerekçe zorunludur.") @Size(max = 1000, message = "En fazla 1000 karakter olabilir.") @PlainText String reason) {
    }
}
