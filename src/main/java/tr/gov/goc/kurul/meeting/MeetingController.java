package tr.gov.goc.kurul.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.common.CurrentUser;
import tr.gov.goc.kurul.common.ForbiddenException;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.common.PlainText;
import tr.gov.goc.kurul.identity.GroupIds;

/** A province's board meetings, the yearly plan (administrators), extraordinary meetings (R7.3), minutes corrections. */
@RestController
@RequestMapping("/api")
class MeetingController {

    private final Meetings meetings;
    private final YearPlanner planner;
    private final MeetingActions actions;
    private final ExtraordinaryRequests extraordinaryRequests;
    private final MeetingCallRights rights;
    private final CurrentUser currentUser;
    private final MeetingChanges changes;
    private final MeetingMinutes minutes;

    MeetingController(Meetings meetings, YearPlanner planner, MeetingActions actions,
                      ExtraordinaryRequests extraordinaryRequests, MeetingCallRights rights, CurrentUser currentUser,
                      MeetingChanges changes, MeetingMinutes minutes) {
        this.minutes = minutes;
        this.changes = changes;
        this.meetings = meetings;
        this.planner = planner;
        this.actions = actions;
        this.extraordinaryRequests = extraordinaryRequests;
        this.rights = rights;
        this.currentUser = currentUser;
    }

    @GetMapping("/meetings")
    List<MeetingViews.Summary> list(@RequestParam int province) {
        currentUser.requireProvince(province);
        return meetings.ofProvince(province).stream().map(MeetingViews.Summary::of).toList();
    }

    @GetMapping("/meetings/{key}")
    MeetingViews.Detail one(@PathVariable String key) {
        Meeting meeting = visible(key);
        return MeetingViews.Detail.of(meeting, meetings, minutes);
    }

    /** "Plan the year": the provincial board meetings of every province with a population figure, or of one. */
    @PostMapping("/planning/{year}")
    @ResponseStatus(HttpStatus.CREATED)
    List<MeetingViews.Summary> planYear(@PathVariable int year, @RequestParam(required = false) Integer province) {
        currentUser.requireAdministrator();
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "Yıl 2000 ile 2100 arasında olmalıdır.");
        }
        List<Meeting> planned = province == null ? planner.planAll(year) : planner.plan(province, year);
        return planned.stream().map(MeetingViews.Summary::of).toList();
    }

    /**
     * R7.3, R8.4: starts an {@code extraordinaryMeeting} — "İl Göç İdaresi Müdürlüğünün teklifi ve Valinin kararıyla,
     * Valinin resen kararıyla ya da Başkanlığın talebiyle" (at district level the İlçe GİM / Kaymakamlık secretariat and
     * the Kaymakam). Who asks is who acts: a proposal comes from the board's secretariat (the chair then decides in
     * Tasklist), the chair's own call from the chair's group, the presidency's request from the presidency's managers.
     * The answer says whether the meeting was called or awaits the chair.
     */
    @PostMapping("/meetings/extraordinary")
    @ResponseStatus(HttpStatus.CREATED)
    ExtraordinaryRequests.RequestView extraordinary(@Valid @RequestBody ExtraordinaryRequest request) {
        int plate = request.plateCode();
        Long district = request.districtId();
        rights.requireExtraordinary(request.requestedBy(), plate, district);
        return request.requestedBy() == ExtraordinaryRequester.PRESIDENCY
                ? extraordinaryRequests.requestByPresidency(plate, district, request.reason())
                : extraordinaryRequests.request(plate, district, request.requestedBy(), request.reason(), currentUser.userId());
    }

    /**
     * R7.3, R8.4, R8.2: what the caller may do — the boards (a province's and its districts') and, on each, which of the
     * three ways of calling an extraordinary meeting (and, for a small district's Kaymakam, the meeting at their
     * discretion) the POSTs would accept from them; the page {@code /kurul/olaganustu.html} offers exactly these.
     * Everybody signed in may ask; someone who may call nothing gets no province and the rule in one sentence.
     */
    @GetMapping("/meetings/extraordinary/options")
    MeetingCallRights.Options extraordinaryOptions() {
        return rights.options();
    }

    /** R12.2: a signed version never changes; a correction starts a new version to be signed. */
    @PostMapping("/meetings/{key}/minutes/corrections")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void correctMinutes(@PathVariable String key, @Valid @RequestBody CorrectionRequest request) {
        Meeting meeting = visible(key);
        if (!currentUser.isAdministrator() && !currentUser.belongsTo(GroupIds.secretariat(meeting.getPlateCode()))) {
            throw new ForbiddenException("Tutanak düzeltmesini ilin sekreteryası başlatır.");
        }
        actions.requestCorrection(meeting, request.reason());
    }

    /**
     * R11.3 "Toplantının günü, yeri ve saati kurul başkanı tarafından belirlenir": the chair's office (prov-N-chair,
     * for a district dist-N-chair) postpones, moves or cancels a scheduled meeting, with a reason; nobody else (403).
     * The answer is the recorded change, with its warnings (e.g. the window not kept).
     */
    @PostMapping("/meetings/{key}/changes")
    @ResponseStatus(HttpStatus.CREATED)
    MeetingViews.Change change(@PathVariable String key, @Valid @RequestBody ChangeRequest request) {
        Meeting meeting = visible(key);
        if (!currentUser.belongsTo(MeetingGroups.chair(meeting))) {
            throw new ForbiddenException("Toplantının günü, yeri ve saatini kurul başkanı (Vali / Kaymakam ve başkanlık makamı) "
                    + "belirler ve değiştirir; erteleme, yer/saat değişikliği ve iptal yalnız onun makamınca yapılır (md. 11/3).");
        }
        return MeetingViews.Change.of(changes.request(meeting, new MeetingChanges.Request(request.kind(), request.newDate(),
                request.newTime(), request.newPlace(), request.reason()), currentUser.userId()));
    }

    /**
     * The meetings the caller's chair office may postpone, move or cancel now (R11.3), for the page
     * {@code /kurul/degisiklik.html}; empty for everyone else, who would be refused by the POST.
     */
    @GetMapping("/meetings/changeable")
    List<MeetingViews.Changeable> changeable() {
        return changes.changeableBy(currentUser).stream().map(MeetingViews.Changeable::of).toList();
    }

    private Meeting visible(String key) {
        Meeting meeting = meetings.findByKey(key).orElseThrow(() -> new NotFoundException("Toplantı bulunamadı: " + key));
        if (!currentUser.canSeeProvince(meeting.getPlateCode())) {
            throw new NotFoundException("Toplantı bulunamadı: " + key);
        }
        return meeting;
    }

    record ExtraordinaryRequest(
            @NotNull(message = "İl plaka kodu (plateCode) zorunludur.") @Min(value = 1, message = "Plaka kodu 1–81 olmalıdır.")
            @Max(value = 81, message = "Plaka kodu 1–81 olmalıdır.") Integer plateCode,
            @NotNull(message = "İsteyen (requestedBy) zorunludur: IL_GIM_PROPOSAL, GOVERNOR veya PRESIDENCY.") ExtraordinaryRequester requestedBy,
            @NotBlank(message = "Gerekçe zorunludur.") @Size(max = 1000, message = "En fazla 1000 karakter olabilir.") @PlainText String reason,
            Long districtId) {
    }

    record ChangeRequest(
            @NotNull(message = "Değişiklik türü (kind) zorunludur: POSTPONE (erteleme), MOVE (yer/saat) ya da CANCEL (iptal).")
            MeetingChange.Kind kind,
            java.time.LocalDate newDate,
            @Size(max = 5, message = "Toplantı saati SS:DD biçiminde olmalıdır (örneğin 10:00).") @PlainText String newTime,
            @Size(max = 250, message = "En fazla 250 karakter olabilir.") @PlainText String newPlace,
            @NotBlank(message = "Değişikliğin gerekçesi zorunludur (md. 11/3).") @Size(max = 1000, message = "En fazla 1000 karakter olabilir.")
            @PlainText String reason) {
    }

    record CorrectionRequest(
            @NotBlank(message = "Düzeltme gerekçesi zorunludur.") @Size(max = 1000, message = "En fazla 1000 karakter olabilir.") @PlainText String reason) {
    }

}
