package tr.gov.goc.kurul.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.common.AsSystem;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.common.PlainTextValidator;
import tr.gov.goc.kurul.common.TurkishDates;
import tr.gov.goc.kurul.identity.ProvinceTenantIdProvider;
import tr.gov.goc.kurul.province.District;
import tr.gov.goc.kurul.province.Provinces;

/**
 * R7.3, R8.4: requests for an extraordinary board meeting. Each request is an {@code extraordinaryMeeting} instance:
 * the İl/İlçe GİM's proposal waits for the chair's decision, the chair's own call and the presidency's request start
 * the board cycle at once.
 */
@Service
public class ExtraordinaryRequests {

    public static final String PROCESS_KEY = "extraordinaryMeeting";
    public static final String PRESIDENCY_MESSAGE = "ExtraordinaryMeetingRequestedByPresidency";
    static final int REASON_MAX = 1000;

    private final Provinces provinces;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final Meetings meetings;
    private final Clock clock;

    ExtraordinaryRequests(Provinces provinces, RuntimeService runtimeService, HistoryService historyService,
                          IdentityService identityService, Meetings meetings, Clock clock) {
        this.provinces = provinces;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.identityService = identityService;
        this.meetings = meetings;
        this.clock = clock;
    }

    /**
     * What became of a request: the board meeting it called (if any yet), and what happens next in one Turkish paragraph
     * (the page "Olağanüstü toplantı" shows it as its confirmation).
     */
    public record RequestView(String requestKey, int plateCode, Long districtId, ExtraordinaryRequester requestedBy,
                              String status, String meetingKey, String message) {
    }

    /** Starts the request; the caller's right to make it is checked by the caller (the API). */
    @Transactional
    public RequestView request(int plateCode, Long districtId, ExtraordinaryRequester requestedBy, String reason, String userId) {
        check(plateCode, districtId, reason);
        String key = nextKey(plateCode, districtId);
        Map<String, Object> variables = variables(plateCode, districtId, reason);
        variables.put(ExtraordinarySteps.REQUESTED_BY, requestedBy.name());
        variables.put("requestedByUser", userId);
        ProcessInstanceWithVariables instance = AsSystem.run(identityService, () -> runtimeService
                .createProcessInstanceByKey(PROCESS_KEY).businessKey(key).setVariables(variables)
                .executeWithVariablesInReturn());
        return view(key, plateCode, districtId, requestedBy, instance.getVariables());
    }

    /** R7.3: the presidency's request (message ExtraordinaryMeetingRequestedByPresidency), no decision of the chair needed. */
    @Transactional
    public RequestView requestByPresidency(int plateCode, Long districtId, String reason) {
        check(plateCode, districtId, reason);
        String key = nextKey(plateCode, districtId);
        Map<String, Object> variables = variables(plateCode, districtId, reason);
        var result = AsSystem.run(identityService, () -> runtimeService.createMessageCorrelation(PRESIDENCY_MESSAGE)
                .processInstanceBusinessKey(key).setVariables(variables).correlateWithResultAndVariables(true));
        return view(key, plateCode, districtId, ExtraordinaryRequester.PRESIDENCY, result.getVariables());
    }

    void check(int plateCode, Long districtId, String reason) {
        if (!provinces.exists(plateCode)) {
            throw new InvalidInputException("plateCode", "Plaka kodu 1–81 olmalıdır.");
        }
        if (districtId != null) {
            District district;
            try {
                district = provinces.district(districtId);
            } catch (NotFoundException e) {
                throw new InvalidInputException("districtId", "Kimliği " + districtId + " olan bir ilçe yok.");
            }
            if (district.getPlateCode() != plateCode) {
                throw new InvalidInputException("districtId", "İlçe bu ile ait değil.");
            }
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Gerekçe zorunludur.");
        }
        if (reason.length() > REASON_MAX || !PlainTextValidator.isPlain(reason)) {
            throw new InvalidInputException("reason", "Gerekçe en fazla " + REASON_MAX + " karakter olabilir ve emoji içeremez.");
        }
    }

    /** "27-2026-ET1" (province), "27-D123-2026-ET1" (district). */
    String nextKey(int plateCode, Long districtId) {
        int year = LocalDate.now(clock).getYear();
        String prefix = plateCode + (districtId == null ? "" : "-D" + districtId) + "-" + year + "-ET";
        int n = 1;
        while (historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(prefix + n).count() > 0) {
            n++;
        }
        return prefix + n;
    }

    private static Map<String, Object> variables(int plateCode, Long districtId, String reason) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProvinceTenantIdProvider.PLATE_CODE, plateCode);
        variables.put(ExtraordinarySteps.DISTRICT_ID, districtId);
        variables.put(ExtraordinarySteps.REASON, reason.trim());
        return variables;
    }

    private RequestView view(String key, int plateCode, Long districtId, ExtraordinaryRequester requestedBy,
                             VariableMap variables) {
        String meetingKey = (String) variables.get(CycleVariables.MEETING_KEY);
        String status;
        String message;
        if (meetingKey != null) {
            status = "MEETING_CALLED";
            message = meetings.findByKey(meetingKey).map(ExtraordinaryRequests::called)
                    .orElse("Olağanüstü toplantı çağrıldı (" + meetingKey + ").");
        } else if (Boolean.TRUE.equals(variables.get("districtCyclePending"))) {
            status = "DISTRICT_MEETING_TO_PLAN";
            message = "İlçede yürüyen bir olağanüstü toplantı olduğu için yeni toplantı açılmadı (md. 8/4). Gerekçeniz, o "
                    + "toplantının gündemine eklenmesi için ilçenin sekreteryasına ve Kaymakamlığa bildirildi (istek " + key + ").";
        } else {
            status = "AWAITING_CHAIR_DECISION";
            message = "Teklifiniz kaydedildi (istek " + key + "). Kurul başkanının kararı bekleniyor: "
                    + (districtId == null ? "Vali" : "Kaymakam") + " teklifi Görevlerim'de \"Olağanüstü toplantı önerisine karar "
                    + "ver\" göreviyle onaylar ya da gerekçesini yazarak reddeder; ret gerekçesi sekreteryaya bildirilir.";
        }
        return new RequestView(key, plateCode, districtId, requestedBy, status, meetingKey, message);
    }

    /** R7.3, R8.4: the meeting called — its agenda call is open and its window set (dates as Turkish readers write them). */
    private static String called(Meeting meeting) {
        return "Olağanüstü toplantı çağrıldı: " + meeting.getTitle() + " (" + meeting.getMeetingKey() + "). Gündem çağrısı "
                + "açıldı: üye kurumlar gündem önerilerini " + TurkishDates.format(meeting.getAgendaDueDate())
                + " tarihine kadar gönderir. Toplantı " + TurkishDates.format(meeting.getWindowStart()) + " ile "
                + TurkishDates.format(meeting.getWindowEnd()) + " arasında, kurul başkanının belirleyeceği günde yapılır; "
                + "gerekçeniz gündemin ilk maddesidir.";
    }
}
