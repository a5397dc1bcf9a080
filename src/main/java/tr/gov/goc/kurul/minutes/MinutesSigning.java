package tr.gov.goc.kurul.minutes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.common.TaskInputException;
import tr.gov.goc.kurul.meeting.AnnualReportGate;
import tr.gov.goc.kurul.meeting.Attendance;
import tr.gov.goc.kurul.meeting.Meeting;
import tr.gov.goc.kurul.meeting.MeetingGroups;
import tr.gov.goc.kurul.meeting.Meetings;
import tr.gov.goc.kurul.meeting.SubCommissionFormation;
import tr.gov.goc.kurul.people.People;
import tr.gov.goc.kurul.people.Person;
import tr.gov.goc.kurul.policy.Policy;

/**
 * The signatures on a minutes version (R12.1, R12.2, R12.4): the chair and every member or deputy who sat (the Ek-2
 * rows) sign — in Tasklist if their person has a login, else on the printed Ek-1, recorded by the secretariat
 * (ıslak imza). The version is signed (approved) only when every signatory has signed; a return makes the next draft
 * a new version whose signatures start again.
 */
@Service
@Transactional
public class MinutesSigning {

    static final String SIGNERS = "minutesSigners";
    static final String WET_NEEDED = "wetSignaturesNeeded";
    static final String SECRETARIAT = "minutesSecretariatGroup";
    static final String REMINDER_DATE = "signatureReminderDate";
    static final String REMINDER_DAYS = "minutesSignatureReminderDays";

    private final MinutesRecords records;
    private final Meetings meetings;
    private final MinutesSignatureRepository signatures;
    private final People people;
    private final Policy policy;
    private final Clock clock;
    private final ObjectProvider<AnnualReportGate> annualReport;
    private final SubCommissionFormation formation;

    MinutesSigning(MinutesRecords records, Meetings meetings, MinutesSignatureRepository signatures, People people,
                   Policy policy, Clock clock, ObjectProvider<AnnualReportGate> annualReport, SubCommissionFormation formation) {
        this.records = records;
        this.meetings = meetings;
        this.signatures = signatures;
        this.people = people;
        this.policy = policy;
        this.clock = clock;
        this.annualReport = annualReport;
        this.formation = formation;
    }

    /** The login of a signatory, if their person has one. */
    Optional<String> usernameOf(Attendance signatory) {
        return Optional.ofNullable(signatory.getPersonId()).flatMap(people::find).map(Person::getUsername);
    }

    /** The variables the signing process needs after a draft: who signs in Tasklist, whether wet signatures are due. */
    Map<String, Object> signingVariables(Meeting meeting) {
        Set<String> logins = new LinkedHashSet<>();
        boolean wet = false;
        for (Attendance a : meetings.signatories(meeting)) {
            Optional<String> login = usernameOf(a);
            if (login.isPresent()) {
                logins.add(login.get());
            } else {
                wet = true;
            }
        }
        LocalDate due = meeting.getMinutesDistributionDueDate() == null ? LocalDate.now(clock) : meeting.getMinutesDistributionDueDate();
        int days = policy.intAsOf(REMINDER_DAYS, meeting.getPlannedOn()); // R12.2: remind before the 15-day deadline
        return Map.of(SIGNERS, new ArrayList<>(logins), WET_NEEDED, wet, SECRETARIAT, MeetingGroups.secretariat(meeting),
                REMINDER_DATE, due.minusDays(days).toString());
    }

    /**
     * R5.8, R6.5, R13.2: the checks the chair's signature made before signatures per member — no minutes of the year's
     * first meeting before the sub-commission list is signed and the board decided on the Ek-3 report.
     */
    void checkGates(Meeting meeting) {
        if (meeting.isFirstOfYear() && !formation.signed(meeting)) { // R5.8, R6.5
            throw new TaskInputException("Yılın ilk toplantısında alt komisyon üye listesi imzalanmadan tutanak imzalanamaz "
                    + "(Genelge md. 5/8, 6/5): önce \"Alt komisyonu oluştur\" görevi tamamlanmalıdır.");
        }
        AnnualReportGate gate = annualReport.getIfAvailable();
        if (gate != null && !meeting.isDistrict()) {
            // R13.2: no minutes of the first board without its decision on the Ek-3 report, nor of a later meeting
            // with the revised report on its agenda without the decision on it
            Optional<String> refusal = meeting.isFirstOfYear() ? gate.minutesRefusal(meeting)
                    : gate.revisedReportMinutesRefusal(meeting);
            if (refusal.isPresent()) {
                throw new TaskInputException(refusal.get());
            }
        }
    }

    /** The signatory rows of this login on the open draft (normally one). */
    List<Attendance> rowsOf(Meeting meeting, String username) {
        return meetings.signatories(meeting).stream().filter(a -> usernameOf(a).filter(username::equals).isPresent()).toList();
    }

    /** R12.2: the signatory signs in Tasklist, with a dissent note (muhalefet şerhi) or without. */
    void signInSystem(Meeting meeting, String username, String dissentNote) {
        sign(meeting, username, false, row -> new MinutesSignature(records.openDraft(meeting).getId(), row,
                MinutesSignature.How.IN_SYSTEM, clock.instant(), username, dissentNote));
    }

    /**
     * R12.2: the signatory signed the version's PDF with their qualified electronic signature (e-İmza) and uploaded it;
     * the minutes module has checked the signature and that its certificate names this person.
     */
    public void signQualified(Meeting meeting, String username, String certificateSubject, String certificateIssuer,
                              String dissentNote) {
        sign(meeting, username, true, row -> new MinutesSignature(records.openDraft(meeting).getId(), row,
                MinutesSignature.How.QUALIFIED, clock.instant(), username, dissentNote).qualified(certificateSubject, certificateIssuer));
    }

    /**
     * The signatory's rows on the open draft get a signature each (R12.2) after the gates are checked; a row signed already
     * is skipped (a signature given in Kurul is idempotent) or refused (an uploaded signature is never a second one).
     */
    private void sign(Meeting meeting, String username, boolean refuseTwice, java.util.function.Function<Attendance, MinutesSignature> signature) {
        checkGates(meeting);
        Set<Long> signed = signedRows(records.openDraft(meeting));
        List<Attendance> rows = rowsOf(meeting, username);
        if (rows.isEmpty()) {
            throw new TaskInputException("Bu tutanağı imzalayacaklar arasında değilsiniz.");
        }
        for (Attendance row : rows) {
            if (signed.contains(row.getId())) {
                if (refuseTwice) {
                    throw new TaskInputException("Bu tutanak sürümünü zaten imzaladınız.");
                }
                continue;
            }
            signatures.save(signature.apply(row));
        }
    }

    /** Whether this login has signed the open draft with a qualified electronic signature (its upload was accepted). */
    public boolean signedQualified(Meeting meeting, String username) {
        MinutesVersion draft = records.openDraft(meeting);
        Set<Long> rows = rowsOf(meeting, username).stream().map(Attendance::getId).collect(Collectors.toSet());
        return !rows.isEmpty() && signatures.findByMinutesVersionIdOrderByIdAsc(draft.getId()).stream()
                .filter(s -> s.getHow() == MinutesSignature.How.QUALIFIED).map(MinutesSignature::getAttendanceId)
                .collect(Collectors.toSet()).containsAll(rows);
    }

    /** The open draft (the version being signed) of the meeting's minutes. */
    public MinutesVersion openDraft(Meeting meeting) {
        return records.openDraft(meeting);
    }

    /** The signatory rows of this login on the open draft: empty when the login is not among the signatories. */
    public List<Attendance> signatoryRowsOf(Meeting meeting, String username) {
        return rowsOf(meeting, username);
    }

    /** The signatories without a login: their signatures are wet ones on the printed Ek-1. */
    List<Attendance> wetSignatories(Meeting meeting) {
        return meetings.signatories(meeting).stream().filter(a -> usernameOf(a).isEmpty()).toList();
    }

    /** The secretariat records the wet signatures (ıslak imza) of the signatories without login, all of them. */
    void recordWet(Meeting meeting, Collection<Long> attendanceIds, String by) {
        checkGates(meeting);
        MinutesVersion draft = records.openDraft(meeting);
        List<Attendance> wet = wetSignatories(meeting);
        List<String> missing = wet.stream().filter(a -> !attendanceIds.contains(a.getId())).map(Attendance::getFullName).toList();
        if (!missing.isEmpty()) {
            throw new TaskInputException("wetSigned", "Tutanak, toplantıya katılan başkan ve üyelerin tümü imzalayınca onaylanır "
                    + "(md. 12/2). Islak imzası işaretlenmeyenler: " + String.join(", ", missing)
                    + ". İmzalamayan varsa imzası alınınca kaydedin.");
        }
        Set<Long> signed = signedRows(draft);
        for (Attendance a : wet) {
            if (!signed.contains(a.getId())) {
                signatures.save(new MinutesSignature(draft.getId(), a, MinutesSignature.How.WET, clock.instant(), by, null));
            }
        }
    }

    /** A signatory returns the draft with a reason: the next draft is a new version and every signature starts again. */
    void returnDraft(Meeting meeting, String by, String reason) {
        records.openDraft(meeting).returned(by, reason);
    }

    /** The last signature is in: the version is signed (approved) and the meeting's minutes are signed (R12.2). */
    void approve(Meeting meeting) {
        MinutesVersion draft = records.openDraft(meeting);
        List<String> unsigned = unsigned(meeting, draft).stream().map(Attendance::getFullName).toList();
        if (!unsigned.isEmpty()) {
            throw new IllegalStateException("İmzalamayanlar var: " + String.join(", ", unsigned));
        }
        String last = signatures.findByMinutesVersionIdOrderByIdAsc(draft.getId()).stream()
                .reduce((a, b) -> b).map(MinutesSignature::getRecordedBy).orElse("sistem");
        draft.sign(last, clock.instant());
        meeting.minutesSigned();
    }

    /** The signatories who have not signed this version yet. */
    List<Attendance> unsigned(Meeting meeting, MinutesVersion version) {
        Set<Long> signed = signedRows(version);
        return meetings.signatories(meeting).stream().filter(a -> !signed.contains(a.getId())).toList();
    }

    /** The logins among the unsigned signatories of the open draft (to remind them). */
    List<String> unsignedLogins(Meeting meeting) {
        return unsigned(meeting, records.openDraft(meeting)).stream().map(this::usernameOf).flatMap(Optional::stream)
                .distinct().collect(Collectors.toList());
    }

    private Set<Long> signedRows(MinutesVersion version) {
        return signatures.findByMinutesVersionIdOrderByIdAsc(version.getId()).stream()
                .map(MinutesSignature::getAttendanceId).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
