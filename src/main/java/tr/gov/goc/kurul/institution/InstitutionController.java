package tr.gov.goc.kurul.institution;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.common.PhoneNumbers;
import tr.gov.goc.kurul.common.CurrentUser;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.common.PlainText;

@RestController
@RequestMapping("/api")
class InstitutionController {


    private final Institutions institutions;
    private final CurrentUser currentUser;

    InstitutionController(Institutions institutions, CurrentUser currentUser) {
        this.institutions = institutions;
        this.currentUser = currentUser;
    }

    @GetMapping("/institution-kinds")
    List<KindView> catalogue() {
        return institutions.catalogue().stream().map(KindView::of).toList();
    }

    /** The institutions of a province; with {@code district} only that district's. */
    @GetMapping("/institutions")
    List<InstitutionView> list(@RequestParam int province, @RequestParam(required = false) Long district) {
        currentUser.requireProvince(province);
        List<Institution> list = district != null ? institutions.ofDistrict(district) : institutions.allOfProvince(province);
        return list.stream().filter(i -> i.getPlateCode() == province).map(InstitutionView::of).toList();
    }

    @GetMapping("/institutions/{id}")
    InstitutionView one(@PathVariable long id) {
        Institution institution = institutions.institution(id);
        if (!currentUser.canSeeProvince(institution.getPlateCode())) {
            throw new NotFoundException("Kimliği " + id + " olan bir kurum yok.");
        }
        return InstitutionView.of(institution);
    }

    @PostMapping("/institutions")
    @ResponseStatus(HttpStatus.CREATED)
    InstitutionView add(@Valid @RequestBody NewInstitution body) {
        currentUser.requireAdministrator();
        return InstitutionView.of(institutions.add(body.plateCode(), body.districtId(), body.kindCode(), body.name(),
                body.category() == null ? InstitutionCategory.MEMBER : body.category(), body.officialEmail(), body.phone()));
    }

    @PutMapping("/institutions/{id}")
    InstitutionView update(@PathVariable long id, @Valid @RequestBody InstitutionChange body) {
        currentUser.requireAdministrator();
        return InstitutionView.of(institutions.update(id, body.name(), body.officialEmail(), body.phone()));
    }

    record NewInstitution(
            @NotNull(message = "İl plaka kodu (plateCode) zorunludur.") Integer plateCode,
            Long districtId,
            @Size(max = 40, message = "En fazla 40 karakter olabilir.") String kindCode,
            @Size(max = 250, message = "En fazla 250 karakter olabilir.") @PlainText String name,
            InstitutionCategory category,
            @Email(message = "Geçerli bir e-posta adresi girin.") @Size(max = 200, message = "En fazla 200 karakter olabilir.") String officialEmail,
            @Pattern(regexp = PhoneNumbers.PATTERN, message = PhoneNumbers.MESSAGE) String phone) {
    }

    record InstitutionChange(
            @NotBlank(message = "Kurum adı zorunludur.") @Size(max = 250, message = "En fazla 250 karakter olabilir.") @PlainText String name,
            @Email(message = "Geçerli bir e-posta adresi girin.") @Size(max = 200, message = "En fazla 200 karakter olabilir.") String officialEmail,
            @Pattern(regexp = PhoneNumbers.PATTERN, message = PhoneNumbers.MESSAGE) String phone) {
    }

    record KindView(String code, String level, String nameTemplate, String article, boolean onlyWherePresent, boolean sendsLiaison) {
        static KindView of(InstitutionKind k) {
            return new KindView(k.getCode(), k.getLevel().name(), k.getNameTemplate(), k.getArticle(), k.isOnlyWherePresent(), k.isSendsLiaison());
        }
    }

    record InstitutionView(long id, int plateCode, Long districtId, String kindCode, String code, String name,
                           String category, String officialEmail, String phone) {
        static InstitutionView of(Institution i) {
            return new InstitutionView(i.getId(), i.getPlateCode(), i.getDistrictId(), i.getKindCode(), i.getCode(),
                    i.getName(), i.getCategory().name(), i.getOfficialEmail(), i.getPhone());
        }
    }
}
