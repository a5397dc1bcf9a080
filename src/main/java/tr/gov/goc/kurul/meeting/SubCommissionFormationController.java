package tr.gov.goc.kurul.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.common.Actors;
import tr.gov.goc.kurul.common.CurrentUser;
import tr.gov.goc.kurul.common.ForbiddenException;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.common.PlainText;
import tr.gov.goc.kurul.identity.GroupIds;
import tr.gov.goc.kurul.people.LiaisonRole;

/** The sub-commission member list signed at the first board of the year (R5.8, R6.5) and replacements (R5.11). */
@RestController
@RequestMapping("/api/meetings/{key}")
class SubCommissionFormationController {

    private final Meetings meetings;
    private final SubCommissionFormation formation;
    private final CurrentUser currentUser;
    private final IdentityService identityService;

    SubCommissionFormationController(Meetings meetings, SubCommissionFormation formation, CurrentUser currentUser,
                                     IdentityService identityService) {
        this.meetings = meetings;
        this.formation = formation;
        this.currentUser = currentUser;
        this.identityService = identityService;
    }

    @GetMapping("/liaison-list")
    List<LiaisonListEntry> list(@PathVariable String key) {
        return formation.of(visible(key));
    }

    @PutMapping("/liaison-list")
    SubCommissionFormation.Result sign(@PathVariable String key, @Valid @RequestBody SignRequest request) {
        secretariat(visible(key));
        return formation.sign(key, request.slots().stream()
                .map(s -> new SubCommissionFormation.Slot(s.institutionId(), s.role(), s.personId())).toList(),
                Actors.current(identityService));
    }

    @PostMapping("/liaison-replacements")
    SubCommissionFormation.Result replace(@PathVariable String key, @Valid @RequestBody ReplaceRequest request) {
        secretariat(visible(key));
        return formation.replace(key, new SubCommissionFormation.Slot(request.institutionId(), request.role(), request.personId()),
                request.decision(), Actors.current(identityService));
    }

    private void secretariat(Meeting meeting) {
        if (!currentUser.isAdministrator() && !currentUser.belongsTo(GroupIds.secretariat(meeting.getPlateCode()))) {
            throw new ForbiddenException("Alt komisyon üye listesini ilin sekreteryası (İl GİM) kaydeder.");
        }
    }

    private Meeting visible(String key) {
        Meeting meeting = meetings.findByKey(key).orElseThrow(() -> new NotFoundException("Toplantı bulunamadı: " + key));
        if (!currentUser.canSeeProvince(meeting.getPlateCode())) {
            throw new NotFoundException("Toplantı bulunamadı: " + key);
        }
        return meeting;
    }

    record SlotBody(@NotNull(message = "Kurum (institutionId) zorunludur.") Long institutionId,
                    @NotNull(message = "Görev (role) zorunludur: PRINCIPAL (asil) veya SUBSTITUTE (yedek).") LiaisonRole role,
                    @NotNull(message = "Kişi (personId) zorunludur.") Long personId) {
    }

    record SignRequest(@NotEmpty(message = "İmzalanan listede en az bir irtibat görevlisi olmalıdır (R6.3).") List<@Valid SlotBody> slots) {
    }

    record ReplaceRequest(@NotNull(message = "Kurum (institutionId) zorunludur.") Long institutionId,
                          @NotNull(message = "Görev (role) zorunludur: PRINCIPAL (asil) veya SUBSTITUTE (yedek).") LiaisonRole role,
                          @NotNull(message = "Kişi (personId) zorunludur.") Long personId,
                          @NotBlank(message = "Değişikliği yapan kurul kararı zorunludur (R5.11).")
                          @Size(max = 200, message = "En fazla 200 karakter olabilir.") @PlainText String decision) {
    }
}
