package tr.gov.goc.kurul.minutes;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.meeting.Attendance;
import tr.gov.goc.kurul.meeting.Meeting;
import tr.gov.goc.kurul.meeting.Meetings;

/**
 * The signature page of approved minutes (R12.1, R12.2): every signatory of the Ek-2 with how they signed — qualified
 * electronic signature (the PAdES signature in the document), electronic approval in Kurul (time and login), or wet
 * signature on the printed Ek-1 recorded by the secretariat — and each dissent note (muhalefet şerhi). Nobody is listed
 * as having signed who did not.
 */
@Component
class SignaturePageLines {

    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Meetings meetings;
    private final IdentityService identity;
    private final Minutes minutes;

    SignaturePageLines(Meetings meetings, IdentityService identity, Minutes minutes) {
        this.minutes = minutes;
        this.meetings = meetings;
        this.identity = identity;
    }

    String title(Meeting meeting, MinutesVersion version) {
        return "İmza sayfası — " + meeting.getTitle() + " tutanağı (Ek-1), sürüm " + version.getNumber();
    }

    List<String> of(Meeting meeting, MinutesVersion version) {
        Map<Long, MinutesSignature> given = new HashMap<>();
        minutes.signatures(version).forEach(s -> given.put(s.getAttendanceId(), s));
        List<String> lines = new ArrayList<>();
        lines.add("Tutanak, toplantıya katılan kurul başkanı ve üyelerce (ya da yerlerine katılan vekillerce) imzalanarak "
                + "onaylanır (Genelge md. 12/2). İmzalar:");
        int no = 1;
        List<Attendance> signatories = new ArrayList<>(meetings.signatories(meeting));
        signatories.sort(java.util.Comparator.comparing(a -> a.getAttendedAs() != Attendance.AttendedAs.CHAIR)); // the chair first
        for (Attendance a : signatories) {
            MinutesSignature sig = given.get(a.getId());
            String who = no++ + ". " + a.getFullName() + (a.getTitle() == null ? "" : " — " + a.getTitle())
                    + (a.getInstitutionName() == null ? "" : ", " + a.getInstitutionName());
            lines.add(who + ": " + (sig == null ? "İmzalamadı" : how(sig)));
            if (sig != null && sig.getDissentNote() != null) {
                lines.add("   Muhalefet şerhi: " + sig.getDissentNote());
            }
        }
        if (version.getSignedAt() != null) {
            lines.add("Tutanak sürümü " + version.getNumber() + " — başkan ve üyelerin imzası "
                    + DAY.format(version.getSignedAt().atZone(ISTANBUL)) + " tarihinde tamamlanmış, tutanak onaylanmıştır.");
        }
        if (version.getCorrectionReason() != null) {
            lines.add("Düzeltme gerekçesi: " + version.getCorrectionReason());
        }
        lines.add("Bu sayfa ve belgenin tamamı Kurul'un kurumsal elektronik mührüyle onaylanmıştır; belgedeki elektronik imzalar "
                + "ve mühür, PDF okuyucusunun imza panelinde doğrulanabilir.");
        return lines;
    }

    private String how(MinutesSignature sig) {
        String at = AT.format(sig.getSignedAt().atZone(ISTANBUL));
        return switch (sig.getHow()) {
            // the certificate's name and issuer only: its serial number may be the signatory's TC identity number (KVKK)
            case QUALIFIED -> "Nitelikli elektronik imza (e-İmza), " + at + " — bu belgedeki PAdES imzası; sertifika: "
                    + commonName(sig.getCertificateSubject()) + " (" + commonName(sig.getCertificateIssuer()) + ")";
            case IN_SYSTEM -> "Elektronik onay: " + at + " (Kurul, kullanıcı " + sig.getRecordedBy() + ")";
            case WET -> "Islak imza (kaydeden " + nameOf(sig.getRecordedBy()) + ", " + DAY.format(sig.getSignedAt().atZone(ISTANBUL))
                    + ") — imzalı kâğıt nüsha İl Göç İdaresi Müdürlüğü arşivinde";
        };
    }

    private static String commonName(String dn) {
        if (dn == null) {
            return "—";
        }
        try {
            org.bouncycastle.asn1.x500.RDN[] cn = new org.bouncycastle.asn1.x500.X500Name(dn).getRDNs(org.bouncycastle.asn1.x500.style.BCStyle.CN);
            return cn.length == 0 ? dn : org.bouncycastle.asn1.x500.style.IETFUtils.valueToString(cn[0].getFirst().getValue());
        } catch (IllegalArgumentException e) {
            return dn;
        }
    }

    private String nameOf(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : (user.getFirstName() + " " + user.getLastName()).trim();
    }
}
