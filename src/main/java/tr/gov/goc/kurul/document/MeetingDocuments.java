package tr.gov.goc.kurul.document;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.common.Sha256;
import tr.gov.goc.kurul.common.TurkishDates;
import tr.gov.goc.kurul.decision.DecisionStatus;
import tr.gov.goc.kurul.decision.Decisions;
import tr.gov.goc.kurul.meeting.AgendaItem;
import tr.gov.goc.kurul.meeting.Attendance;
import tr.gov.goc.kurul.meeting.Meeting;
import tr.gov.goc.kurul.meeting.MeetingKind;
import tr.gov.goc.kurul.meeting.Meetings;
import tr.gov.goc.kurul.minutes.Minutes;
import tr.gov.goc.kurul.minutes.MinutesDocuments;
import tr.gov.goc.kurul.minutes.MinutesSignature;
import tr.gov.goc.kurul.minutes.MinutesVersion;
import tr.gov.goc.kurul.province.District;
import tr.gov.goc.kurul.province.Provinces;

/**
 * The Ek-1 minutes and Ek-2 participant list of a provincial board meeting as PDF, from the stored records. The PDFs
 * of a signed minutes version are stored once and served unchanged afterwards (R12.2: a signed version never changes;
 * R12.8: archived); an unsigned draft is rendered on request, marked "TASLAK", and not stored.
 */
@Service
public class MeetingDocuments implements MinutesDocuments {

    static final String EK1 = "ek1-minutes";
    static final String EK2 = "ek2-participants";
    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Meetings meetings;
    private final Decisions decisions;
    private final Provinces provinces;
    private final PdfDocuments pdf;
    private final MeetingDocumentRepository stored;
    private final Clock clock;
    private final IdentityService identity;
    private final Minutes minutesVersions;

    MeetingDocuments(Meetings meetings, Decisions decisions, Provinces provinces, PdfDocuments pdf,
                     MeetingDocumentRepository stored, Clock clock, IdentityService identity, Minutes minutesVersions) {
        this.minutesVersions = minutesVersions;
        this.identity = identity;
        this.meetings = meetings;
        this.decisions = decisions;
        this.provinces = provinces;
        this.pdf = pdf;
        this.stored = stored;
        this.clock = clock;
    }

    /** A rendered or stored document and the minutes version it belongs to (null for an unsigned draft). */
    public record Document(byte[] content, Integer minutesVersion, boolean draft, String fileName) {
    }

    /** Ek-1: the given version, else the last signed one, else the open draft (marked TASLAK). */
    @Transactional
    public Document minutes(Meeting meeting, Integer versionNo) {
        MinutesVersion version = pick(meeting, versionNo);
        String name = "Ek-1_Tutanak_" + meeting.getMeetingKey() + "_s" + version.getNumber() + ".pdf";
        if (version.getStatus() == MinutesVersion.Status.SIGNED) {
            return new Document(storedOrRender(meeting, version, MeetingDocument.Kind.EK1_MINUTES), version.getNumber(), false, name);
        }
        return new Document(pdf.pdf(EK1, minutesModel(meeting, version)), null, true, name);
    }

    /**
     * Ek-2: the list kept with the last signed minutes, else rendered from the recorded attendance (R12.7). A reader
     * who may not see people's phones (KVKK, {@code CurrentUser#canSeeContactsOf}) gets a copy with the phone column
     * empty, rendered for them and not stored.
     */
    @Transactional
    public Document participants(Meeting meeting, boolean withPhones) {
        if (meetings.attendance(meeting).isEmpty()) {
            throw new NotFoundException("Bu toplantının katılımı henüz kaydedilmedi (Ek-2).");
        }
        String name = "Ek-2_Katilimci_Listesi_" + meeting.getMeetingKey() + ".pdf";
        if (!withPhones) {
            Map<String, Object> model = participantsModel(meeting);
            OfficialForms.withoutPhones(model);
            return new Document(pdf.pdf(EK2, model), null, false, name);
        }
        Optional<MinutesVersion> signed = lastSigned(meeting);
        if (signed.isPresent()) {
            return new Document(storedOrRender(meeting, signed.get(), MeetingDocument.Kind.EK2_PARTICIPANTS), signed.get().getNumber(),
                    false, name);
        }
        return new Document(pdf.pdf(EK2, participantsModel(meeting)), null, false, name);
    }

    /** Stores Ek-1 and Ek-2 of the last signed version (called when the chair signs); returns the Ek-1 bytes. */
    @Transactional
    public byte[] storeSigned(Meeting meeting) {
        MinutesVersion version = lastSigned(meeting)
                .orElseThrow(() -> new IllegalStateException("İmzalanmış tutanak yok: " + meeting.getMeetingKey()));
        byte[] minutes = storedOrRender(meeting, version, MeetingDocument.Kind.EK1_MINUTES);
        if (!meetings.attendance(meeting).isEmpty()) {
            storedOrRender(meeting, version, MeetingDocument.Kind.EK2_PARTICIPANTS);
        }
        return minutes;
    }

    /**
     * R12.1, R12.2: the Ek-1 of the version being signed, as it is handed out to sign — signed with e-İmza on these very
     * bytes, printed for wet signatures. It claims no signature (the signature cells stay empty; who signed how is on the
     * signature page Kurul adds when the last has signed) and carries no TASLAK mark, for the same bytes become the
     * approved minutes.
     */
    @Override
    @Transactional
    public byte[] minutesToSign(Meeting meeting, MinutesVersion version) {
        Map<String, Object> model = minutesModel(meeting, version);
        model.put("draft", false);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> signatories = (List<Map<String, Object>>) model.get("signatories");
        signatories.forEach(s -> {
            s.put("signature", "");
            s.put("dissent", "");
        });
        model.put("versionNote", "Tutanak sürümü " + version.getNumber() + " — toplantıya katılan kurul başkanı ve üyelerin imzasına "
                + "sunulmuştur (md. 12/2). İmzalar bu belgedeki nitelikli elektronik imzalar ile Kurul'un son imzadan sonra "
                + "eklediği imza sayfasındadır; onaylanan tutanak Kurul'un kurumsal elektronik mührünü taşır."
                + (version.getCorrectionReason() == null ? "" : " Düzeltme gerekçesi: " + version.getCorrectionReason()));
        return pdf.pdf(EK1, model);
    }

    /**
     * R12.2, R12.8: keeps the approved Ek-1 as the minutes module made it — the signed PDF with its signature page and
     * Kurul's seal — so that it is what every reader downloads and every institution receives, never to change.
     */
    @Override
    @Transactional
    public void storeApprovedMinutes(Meeting meeting, MinutesVersion version, byte[] content) {
        if (stored.findByMeetingIdAndMinutesVersionAndKind(meeting.getId(), version.getNumber(), MeetingDocument.Kind.EK1_MINUTES).isEmpty()) {
            stored.save(new MeetingDocument(meeting.getId(), meeting.getMeetingKey(), version.getNumber(), MeetingDocument.Kind.EK1_MINUTES,
                    content, Sha256.hex(content), clock.instant()));
        }
    }

    Optional<MinutesVersion> lastSigned(Meeting meeting) {
        return minutesVersions.lastSigned(meeting);
    }

    private MinutesVersion pick(Meeting meeting, Integer versionNo) {
        List<MinutesVersion> versions = minutesVersions.versions(meeting);
        if (versionNo != null) {
            return versions.stream().filter(v -> v.getNumber() == versionNo).findFirst()
                    .orElseThrow(() -> new NotFoundException("Tutanağın " + versionNo + ". sürümü yok."));
        }
        return lastSigned(meeting).or(() -> versions.stream().reduce((a, b) -> b))
                .orElseThrow(() -> new NotFoundException("Bu toplantının henüz tutanağı yok (Ek-1)."));
    }

    private byte[] storedOrRender(Meeting meeting, MinutesVersion version, MeetingDocument.Kind kind) {
        return stored.findByMeetingIdAndMinutesVersionAndKind(meeting.getId(), version.getNumber(), kind)
                .map(MeetingDocument::getContent)
                .orElseGet(() -> {
                    byte[] content = kind == MeetingDocument.Kind.EK1_MINUTES ? pdf.pdf(EK1, minutesModel(meeting, version))
                            : pdf.pdf(EK2, participantsModel(meeting));
                    stored.save(new MeetingDocument(meeting.getId(), meeting.getMeetingKey(), version.getNumber(), kind, content,
                            Sha256.hex(content), clock.instant()));
                    return content;
                });
    }

    /** The Ek-1 fields (R12.1, R5.7, DOMAIN "Ek-1 report form"). */
    Map<String, Object> minutesModel(Meeting meeting, MinutesVersion version) {
        Map<String, Object> model = header(meeting);
        List<Attendance> attendance = meetings.attendance(meeting);
        model.put("draft", version.getStatus() != MinutesVersion.Status.SIGNED);
        model.put("categorySub", "☐");
        model.put("categoryProvincial", meeting.isDistrict() ? "☐" : "☒");
        model.put("categoryDistrict", meeting.isDistrict() ? "☒" : "☐"); // R8.4, R14: district minutes are always on Ek-1
        model.put("kind", meeting.getKind() == MeetingKind.EXTRAORDINARY ? "Olağanüstü (Ek) Toplantı" : "Olağan Toplantı");
        model.put("participantCount", attendance.size());
        // R10.2–R10.10: the agenda as the secretariat closed it — what the institutions brought and what was taken in
        List<Map<String, Object>> agenda = new ArrayList<>();
        for (AgendaItem item : meetings.agenda(meeting)) {
            agenda.add(row("title", item.getPosition() + ". " + item.getTitle(), "detail", item.getDetail() == null ? "" : item.getDetail()));
        }
        model.put("agenda", agenda);
        model.put("topics", orDash(version.getTopics()));
        model.put("problems", orDash(version.getProblems()));
        model.put("solutions", orDash(version.getSolutions()));
        model.put("otherMatters", orDash(version.getOtherMatters()));
        model.put("previousEvaluation", orDash(meeting.getPreviousDecisionsEvaluation()));
        List<Map<String, Object>> previous = new ArrayList<>();
        meetings.previous(meeting).ifPresent(before -> {
            for (DecisionStatus status : decisions.ofMeeting(before.getMeetingKey())) {
                for (DecisionStatus.InstitutionStatus institution : status.institutions()) {
                    previous.add(row("decision", status.label() + ": " + status.decision().getText(),
                            "institution", institution.institutionName(),
                            "status", institution.status() == null ? "Rapor verilmedi" : institution.status().turkish()));
                }
            }
        });
        model.put("previousDecisions", previous);
        List<Map<String, Object>> taken = new ArrayList<>();
        for (DecisionStatus status : decisions.ofMeeting(meeting.getMeetingKey())) {
            taken.add(row("label", status.decision().getLabel(), "text", status.decision().getText(),
                    "justification", status.decision().getJustification(), "aim", status.decision().getAim(),
                    "responsible", String.join(", ", status.institutions().stream().map(DecisionStatus.InstitutionStatus::institutionName).toList()),
                    "deadline", TurkishDates.format(status.decision().getDeadline())));
        }
        model.put("decisions", taken);
        // R12.1, R12.2: each signature as it was given — in Kurul, or wet on paper and recorded by the secretariat;
        // a signatory who has not signed yet keeps an empty cell: the Ek-1 never claims a signature nobody gave
        Map<Long, MinutesSignature> given = new HashMap<>();
        minutesVersions.signatures(version).forEach(sig -> given.put(sig.getAttendanceId(), sig));
        List<Map<String, Object>> signatories = new ArrayList<>();
        for (Attendance a : attendance) {
            if (a.isSignatory()) {
                MinutesSignature sig = given.get(a.getId());
                signatories.add(row("name", a.getFullName(), "title", orDash(a.getTitle()), "institution", orDash(a.getInstitutionName()),
                        "signature", sig == null ? "" : signatureText(sig),
                        "dissent", sig == null || sig.getDissentNote() == null ? "" : "Muhalefet şerhi: " + sig.getDissentNote()));
            }
        }
        model.put("signatories", signatories);
        model.put("versionNote", version.getStatus() == MinutesVersion.Status.SIGNED
                ? "Tutanak sürümü " + version.getNumber() + " — başkan ve üyelerin imzası " + TurkishDates.format(
                        version.getSignedAt().atZone(ISTANBUL).toLocalDate()) + " tarihinde tamamlanmış, tutanak onaylanmıştır."
                  + (version.getCorrectionReason() == null ? "" : " Düzeltme gerekçesi: " + version.getCorrectionReason())
                : "Tutanak sürümü " + version.getNumber() + " — taslak (" + given.size() + "/" + signatories.size() + " imza).");
        return model;
    }

    private String signatureText(MinutesSignature sig) {
        if (sig.getHow() == MinutesSignature.How.IN_SYSTEM) {
            return "Elektronik onay: " + SIGNED_AT.format(sig.getSignedAt().atZone(ISTANBUL)) + " (Kurul)";
        }
        if (sig.getHow() == MinutesSignature.How.QUALIFIED) {
            return "Nitelikli elektronik imza (e-İmza): " + SIGNED_AT.format(sig.getSignedAt().atZone(ISTANBUL));
        }
        User user = identity.createUserQuery().userId(sig.getRecordedBy()).singleResult();
        String by = user == null ? sig.getRecordedBy() : (user.getFirstName() + " " + user.getLastName()).trim();
        return "Islak imza (kaydeden " + by + ", " + DAY.format(sig.getSignedAt().atZone(ISTANBUL)) + ")";
    }

    /** The Ek-2 rows: row number, institution, title, name-surname, phone; the signature column stays empty. */
    Map<String, Object> participantsModel(Meeting meeting) {
        Map<String, Object> model = header(meeting);
        List<Map<String, Object>> rows = new ArrayList<>();
        int no = 1;
        for (Attendance a : meetings.attendance(meeting)) {
            rows.add(OfficialForms.ek2Row(no++, a.getInstitutionName(), a.getTitle(), a.getFullName(), a.getPhone()));
        }
        model.put("rows", rows);
        return model;
    }

    private Map<String, Object> header(Meeting meeting) {
        String province = provinces.province(meeting.getPlateCode()).getName();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", meeting.getTitle());
        if (meeting.isDistrict()) {
            District district = provinces.district(meeting.getDistrictId());
            String name = provinces.displayName(district);
            model.put("authority", "Merkez".equals(district.getName()) ? PdfDocuments.upper(province) + " VALİLİĞİ"
                    : PdfDocuments.upper(name) + " KAYMAKAMLIĞI");
            model.put("boardName", name + " İlçe Göç Koordinasyon Kurulu");
            model.put("place", province + " / " + name);
        } else {
            model.put("authority", PdfDocuments.upper(province) + " VALİLİĞİ");
            model.put("boardName", province + " İl Göç Koordinasyon Kurulu");
            model.put("place", province);
        }
        LocalDate date = meeting.getMeetingDate();
        model.put("headerDate", OfficialForms.headerDate(date));
        model.put("venueAndDate", OfficialForms.venueAndDate(meeting.getPlace(), date, meeting.getStartTime()));
        model.put("footer", meeting.getTitle() + " (" + meeting.getMeetingKey() + ") — Kurul");
        return model;
    }

    private static Map<String, Object> row(Object... keyValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            row.put((String) keyValues[i], keyValues[i + 1]);
        }
        return row;
    }

    private static String orDash(String text) {
        return OfficialForms.orDash(text);
    }
}
