package tr.gov.goc.kurul.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.calendar.MeetingDateRules;
import tr.gov.goc.kurul.calendar.MeetingDateVerdict;
import tr.gov.goc.kurul.calendar.MeetingDeadlines;
import tr.gov.goc.kurul.calendar.MeetingType;
import tr.gov.goc.kurul.calendar.PlannedMeeting;
import tr.gov.goc.kurul.common.AsSystem;
import tr.gov.goc.kurul.common.CurrentUser;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.TurkishDates;

/**
 * R11.3 "Toplantının günü, yeri ve saati kurul başkanı tarafından belirlenir": the chair's office postpones a scheduled
 * meeting to a new day, moves it to a new place or time, or cancels it, always with a reason. The new day is checked as
 * the first one was ({@link MeetingDateRules}: working day, the window or for a district the R8.3 last day, the 5-day
 * notice still possible); a provincial meeting put after its month is accepted as late, said so and recorded with the
 * reason. The change itself is the board cycle's: this class checks and sends the cycle its message
 * ({@code MeetingChangeRequested} / {@code MeetingCancellationRequested}); the delegates of {@link MeetingChangeSteps}
 * apply it, re-date timers and tasks and notify everyone.
 */
@Service
public class MeetingChanges {

    static final String CHANGE_MESSAGE = "MeetingChangeRequested";
    static final String CANCEL_MESSAGE = "MeetingCancellationRequested";
    static final String KIND = "changeKind";
    static final String NEW_DATE = "changeNewDate";
    static final String NEW_TIME = "changeNewTime";
    static final String NEW_PLACE = "changeNewPlace";
    static final String REASON = "changeReason";
    static final String CHANGED_BY = "changedBy";

    private final MeetingRepository meetings;
    private final MeetingChangeRepository changes;
    private final MeetingDateRules rules;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final Clock clock;

    MeetingChanges(MeetingRepository meetings, MeetingChangeRepository changes, MeetingDateRules rules,
                   RuntimeService runtimeService, IdentityService identityService, Clock clock) {
        this.meetings = meetings;
        this.changes = changes;
        this.rules = rules;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.clock = clock;
    }

    /** What the chair asks; {@code newTime}/{@code newPlace} left empty keep the current ones. */
    public record Request(MeetingChange.Kind kind, LocalDate newDate, String newTime, String newPlace, String reason) {
    }

    /**
     * The outcome of checking a request: refusals per field (Turkish), warnings that do not refuse (recorded with the
     * change), whether the new day lies after the meeting's window (late, R7.1/R7.2/R8.3), and the resolved values.
     */
    record Verdict(Map<String, String> errors, List<String> warnings, boolean outsideWindow, LocalDate date, String time,
                   String place, MeetingDeadlines deadlines) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    /** Checks, then hands the change to the meeting's cycle; refused (Turkish 400, nothing changed) when a rule is broken. */
    @Transactional
    public MeetingChange request(Meeting meeting, Request request, String userId) {
        Verdict verdict = check(meeting, request);
        if (!verdict.valid()) {
            Map.Entry<String, String> first = verdict.errors().entrySet().iterator().next();
            throw new InvalidInputException(first.getKey(), String.join(" ", verdict.errors().values()));
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(KIND, request.kind().name());
        variables.put(NEW_DATE, verdict.date() == null ? null : verdict.date().toString());
        variables.put(NEW_TIME, verdict.time());
        variables.put(NEW_PLACE, verdict.place());
        variables.put(REASON, request.reason().trim());
        variables.put(CHANGED_BY, userId);
        String message = request.kind() == MeetingChange.Kind.CANCEL ? CANCEL_MESSAGE : CHANGE_MESSAGE;
        String processKey = meeting.isDistrict() ? CycleVariables.DISTRICT_PROCESS_KEY : CycleVariables.PROCESS_KEY;
        AsSystem.run(identityService, () -> {
            String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
                    .processInstanceBusinessKey(meeting.getMeetingKey()).singleResult().getId();
            return runtimeService.createMessageCorrelation(message).processInstanceId(instance).setVariables(variables)
                    .correlateWithResult();
        });
        List<MeetingChange> recorded = changes.findByMeetingIdOrderByIdAsc(meeting.getId());
        return recorded.get(recorded.size() - 1);
    }

    /**
     * R11.3: the meetings whose day, place and time the user's chair office may still change — the provincial board's
     * for the Vali's office, a district board's for the Kaymakam's — with the day set and still to come; earliest first.
     */
    public List<Meeting> changeableBy(CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        return user.visibleProvinces().stream().sorted()
                .flatMap(plate -> meetings.findByPlateCodeOrderByWindowStartAsc(plate).stream())
                .filter(m -> m.getStatus() == MeetingStatus.SCHEDULED && m.getMeetingDate() != null && today.isBefore(m.getMeetingDate()))
                .filter(m -> user.belongsTo(MeetingGroups.chair(m)))
                .sorted(Comparator.comparing(Meeting::getMeetingDate))
                .toList();
    }

    Verdict check(Meeting meeting, Request request) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        if (request.kind() == null) {
            errors.put("kind", "Değişiklik türü (kind) zorunludur: POSTPONE (erteleme), MOVE (yer/saat) ya da CANCEL (iptal).");
            return new Verdict(errors, warnings, false, null, null, null, null);
        }
        if (request.reason() == null || request.reason().isBlank()) {
            errors.put("reason", "Değişikliğin gerekçesi zorunludur (md. 11/3).");
        }
        if (meeting.getStatus() != MeetingStatus.SCHEDULED || meeting.getMeetingDate() == null) {
            errors.put("kind", "Yalnız günü belirlenmiş ve henüz yapılmamış bir toplantı ertelenebilir, taşınabilir ya da "
                    + "iptal edilebilir; bu toplantının durumu: " + MeetingViews.statusText(meeting.getStatus()) + ".");
            return new Verdict(errors, warnings, false, null, null, null, null);
        }
        if (!today.isBefore(meeting.getMeetingDate())) {
            errors.put("kind", "Toplantı günü (" + TurkishDates.format(meeting.getMeetingDate())
                    + ") geldi; toplantı ancak gününden önce ertelenebilir, taşınabilir ya da iptal edilebilir.");
            return new Verdict(errors, warnings, false, null, null, null, null);
        }
        if (request.kind() == MeetingChange.Kind.CANCEL) {
            return new Verdict(errors, warnings, false, null, null, null, null);
        }
        String time = blank(request.newTime()) ? meeting.getStartTime() : request.newTime().trim();
        if (!time.matches("([01]\\d|2[0-3]):[0-5]\\d")) {
            errors.put("newTime", "Toplantı saati SS:DD biçiminde olmalıdır (örneğin 10:00).");
        }
        String place = blank(request.newPlace()) ? meeting.getPlace() : request.newPlace().trim();
        if (place.length() > 250) {
            errors.put("newPlace", "Toplantı yeri en fazla 250 karakter olabilir.");
        }
        MeetingType type = meeting.isDistrict() ? MeetingType.DISTRICT_BOARD : MeetingType.PROVINCIAL_BOARD;
        if (request.kind() == MeetingChange.Kind.MOVE) {
            if (request.newDate() != null && !request.newDate().equals(meeting.getMeetingDate())) {
                errors.put("newDate", "Yer ya da saat değişikliğinde toplantı günü aynı kalır; günü değiştirmek için "
                        + "ertelemeyi (POSTPONE) seçin.");
            } else if (time.equals(meeting.getStartTime()) && place.equals(meeting.getPlace())) {
                errors.put("newPlace", "Yeni yer ya da saat belirtin; ikisi de şimdikiyle aynı.");
            }
            LocalDate noticeDue = meeting.getNoticeDueDate();
            if (noticeDue != null && today.isAfter(noticeDue)) { // R11.3: still told, but later than the notice period
                warnings.add("Değişiklik, bildirim için son gün olan " + TurkishDates.format(noticeDue)
                        + " geçtikten sonra bildiriliyor (md. 11/3); üyelere ayrıca ulaşılması önerilir.");
            }
            return new Verdict(errors, warnings, false, meeting.getMeetingDate(), time, place,
                    rules.deadlines(type, meeting.getMeetingDate(), meeting.getPlannedOn()));
        }
        // POSTPONE: a new day, checked as the first one was (R11.3, R7.1/R7.2, R8.1/R8.3, R-DATES)
        LocalDate date = request.newDate();
        if (date == null) {
            errors.put("newDate", "Erteleme için yeni toplantı tarihi zorunludur.");
            return new Verdict(errors, warnings, false, null, time, place, null);
        }
        if (!date.isAfter(meeting.getMeetingDate())) {
            errors.put("newDate", "Erteleme için yeni tarih şimdiki toplantı gününden (" + TurkishDates.format(meeting.getMeetingDate())
                    + ") sonra olmalıdır.");
            return new Verdict(errors, warnings, false, date, time, place, null);
        }
        // A provincial board put after its month is held late (R7.1, R7.2), within its year; a district board has the
        // R8.3 last day (ordinary) or its call window (discretionary, extraordinary), after which its cycle ends unheld.
        LocalDate latest = meeting.isDistrict() ? null : LocalDate.of(meeting.getYear(), 12, 31);
        PlannedMeeting planned = latest == null
                ? new PlannedMeeting(type, meeting.getWindowStart(), meeting.getWindowEnd(), null, meeting.getLateDeadline())
                : new PlannedMeeting(type, meeting.getWindowStart(), latest.isAfter(meeting.getWindowEnd()) ? latest : meeting.getWindowEnd(),
                        null, null);
        MeetingDateVerdict verdict = rules.validate(planned, date, meeting.getPlannedOn());
        if (!verdict.valid()) {
            errors.put("newDate", String.join(" ", verdict.errors()));
        }
        warnings.addAll(verdict.warnings());
        boolean outside = date.isAfter(meeting.getWindowEnd());
        if (outside && !meeting.isDistrict()) {
            warnings.add("Yeni tarih (" + TurkishDates.format(date) + ") toplantının " + TurkishDates.format(meeting.getWindowStart())
                    + "–" + TurkishDates.format(meeting.getWindowEnd()) + " penceresinin dışında: toplantı geç yapılmış sayılır ("
                    + (meeting.getKind() == MeetingKind.EXTRAORDINARY ? "md. 7/3" : "md. 7/1, 7/2")
                    + "); gerekçe değişiklik kaydında saklanır ve uyum panosunda görünür.");
        }
        return new Verdict(errors, warnings, outside, date, time, place, verdict.deadlines());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
