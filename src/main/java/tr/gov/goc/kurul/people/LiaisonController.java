package tr.gov.goc.kurul.people;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
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
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.institution.Institution;
import tr.gov.goc.kurul.institution.Institutions;

/** The liaison officers of a province for a year (R6.3, R6.5). */
@RestController
@RequestMapping("/api/liaison-officers")
class LiaisonController {

    private final Liaisons liaisons;
    private final LiaisonSheets sheets;
    private final Institutions institutions;
    private final CurrentUser currentUser;
    private final PeopleHistory history;

    LiaisonController(Liaisons liaisons, LiaisonSheets sheets, Institutions institutions, CurrentUser currentUser,
                      PeopleHistory history) {
        this.history = history;
        this.liaisons = liaisons;
        this.sheets = sheets;
        this.institutions = institutions;
        this.currentUser = currentUser;
    }

    @GetMapping
    List<LiaisonView> list(@RequestParam int province, @RequestParam int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "Yıl 2000 ile 2100 arasında olmalıdır.");
        }
        currentUser.requireProvince(province);
        List<LiaisonAssignment> list = liaisons.ofProvince(province, year);
        Map<Long, Person> people = liaisons.peopleById(list);
        return list.stream()
                .map(a -> LiaisonView.of(a, institutions.institution(a.getInstitutionId()), people.get(a.getPersonId()), List.of(), currentUser))
                .sorted(Comparator.comparing(LiaisonView::institutionId).thenComparing(LiaisonView::role))
                .toList();
    }

    /** The change history of the province's list for the year (who, when, old → new), for whoever may read the list. */
    @GetMapping("/history")
    List<ChangeRow> history(@RequestParam int province, @RequestParam int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "Yıl 2000 ile 2100 arasında olmalıdır.");
        }
        currentUser.requireProvince(province);
        return history.ofLiaisons(province, year);
    }

    /** The year's list as the page shows it: every institution that sends liaison officers, with the row's warnings. */
    @GetMapping("/sheet")
    List<SheetRowView> sheet(@RequestParam int province, @RequestParam int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "Yıl 2000 ile 2100 arasında olmalıdır.");
        }
        currentUser.requireProvince(province);
        boolean editable = currentUser.keepsRegistryOf(province, null);
        return liaisons.sheet(province, year).stream().map(r -> new SheetRowView(r.institution().getId(),
                r.institution().getName(), view(r.institution(), r.principal()), view(r.institution(), r.substitute()),
                r.warnings(), editable)).toList();
    }

    /** "Geçen yılın listesini kopyala": the year's empty slots take the list in force the year before (R6.5). */
    @PostMapping("/copy")
    CopyResult copy(@Valid @RequestBody CopyBody body) {
        keeper(body.province());
        int copied = liaisons.copyPreviousYear(body.province(), body.year());
        return new CopyResult(copied, sheet(body.province(), body.year()));
    }

    /** The year's list as a spreadsheet (the upload template): one row per slot; contacts masked as on the page (KVKK). */
    @GetMapping(value = "/sheet.xlsx")
    ResponseEntity<byte[]> download(@RequestParam int province, @RequestParam int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "Yıl 2000 ile 2100 arasında olmalıdır.");
        }
        currentUser.requireProvince(province);
        byte[] file = sheets.export(province, year, currentUser.canSeeContactsOf(province));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("irtibat-gorevlileri-" + province + "-" + year + ".xlsx").build().toString())
                .body(file);
    }

    /**
     * A filled template (.xlsx or .csv): without {@code confirm} a preview with each wrong row's Turkish messages; with
     * {@code confirm=true} and no wrong row it is stored (R6.3). Nothing is stored while any row is wrong.
     */
    @PostMapping("/upload")
    LiaisonSheets.Preview upload(@RequestParam int province, @RequestParam int year,
                                 @RequestParam(defaultValue = "false") boolean confirm,
                                 @RequestParam(value = "file", required = false) MultipartFile file) throws java.io.IOException {
        keeper(province); // who may upload, before anything about the file
        if (file == null) {
            throw new InvalidInputException("file", "Yüklenecek dosyayı seçin (multipart/form-data, alan adı: file).");
        }
        return sheets.upload(province, year, file.getOriginalFilename(), file.getBytes(), confirm);
    }

    private LiaisonView view(Institution institution, LiaisonAssignment a) {
        return a == null ? null : LiaisonView.of(a, institution, liaisons.peopleById(List.of(a)).get(a.getPersonId()), List.of(), currentUser);
    }

    record SheetRowView(long institutionId, String institutionName, LiaisonView principal, LiaisonView substitute,
                        List<String> warnings, boolean editable) {
    }

    record CopyBody(@NotNull(message = "İl zorunludur.") Integer province,
                    @NotNull(message = "Yıl zorunludur.") @Min(value = 2000, message = "Yıl 2000 ile 2100 arasında olmalıdır.")
                    @Max(value = 2100, message = "Yıl 2000 ile 2100 arasında olmalıdır.") Integer year) {
    }

    record CopyResult(int copied, List<SheetRowView> sheet) {
    }

    @GetMapping("/{id}")
    LiaisonView one(@PathVariable long id) {
        LiaisonAssignment a = liaisons.assignment(id);
        Institution institution = institutions.institution(a.getInstitutionId());
        if (!currentUser.canSeeProvince(institution.getPlateCode())) {
            throw new NotFoundException("Kimliği " + id + " olan bir irtibat görevlisi kaydı yok.");
        }
        return LiaisonView.of(a, institution, liaisons.peopleById(List.of(a)).get(a.getPersonId()), List.of(), currentUser);
    }

    /** Fills the slot (institution, year, role) with a person, replacing whoever held it. */
    @PutMapping
    LiaisonView assign(@Valid @RequestBody LiaisonBody body) {
        institutions.find(body.institutionId()).ifPresent(i -> keeper(i.getPlateCode()));
        Liaisons.Assignment result = liaisons.assign(body.institutionId(), body.year(), body.role(), body.personId());
        LiaisonAssignment a = result.assignment();
        return LiaisonView.of(a, institutions.institution(a.getInstitutionId()),
                liaisons.peopleById(List.of(a)).get(a.getPersonId()), result.warnings(), currentUser);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable long id) {
        LiaisonAssignment a = liaisons.assignment(id);
        keeper(institutions.institution(a.getInstitutionId()).getPlateCode());
        liaisons.remove(id);
    }

    /** R11.1: the İl GİM is the sub-commission's secretariat: it keeps the province's liaison list (or an administrator). */
    private void keeper(int plateCode) {
        if (!currentUser.canSeeProvince(plateCode)) {
            throw new NotFoundException("Bu ilin irtibat görevlisi listesi size açık değil.");
        }
        currentUser.requireRegistryKeeper(plateCode, null);
    }

    record LiaisonBody(
            @NotNull(message = "Kurum (institutionId) zorunludur.") Long institutionId,
            @NotNull(message = "Yıl zorunludur.") @Min(value = 2000, message = "Yıl 2000 ile 2100 arasında olmalıdır.")
            @Max(value = 2100, message = "Yıl 2000 ile 2100 arasında olmalıdır.") Integer year,
            @NotNull(message = "Görev (role) zorunludur: PRINCIPAL (asil) veya SUBSTITUTE (yedek).") LiaisonRole role,
            @NotNull(message = "Kişi (personId) zorunludur.") Long personId) {
    }

    record LiaisonView(long id, long institutionId, String institutionName, int year, LiaisonRole role, long personId,
                       String personName, String title, String phone, String email, List<String> warnings) {
        static LiaisonView of(LiaisonAssignment a, Institution institution, Person p, List<String> warnings,
                              CurrentUser viewer) {
            // KVKK: contact details only for the secretariat, the chair and administrators of the province
            boolean contacts = viewer.canSeeContactsOf(institution.getPlateCode())
                    || (p.getUsername() != null && p.getUsername().equals(viewer.userId()));
            return new LiaisonView(a.getId(), a.getInstitutionId(), institution.getName(), a.getYear(), a.getRole(),
                    a.getPersonId(), p.getFullName(), p.getTitle(), contacts ? p.getPhone() : Contacts.masked(p.getPhone()),
                    contacts ? p.getEmail() : Contacts.masked(p.getEmail()), warnings);
        }
    }
}
