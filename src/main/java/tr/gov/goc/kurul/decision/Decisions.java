package tr.gov.goc.kurul.decision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.common.PlainTextValidator;
import tr.gov.goc.kurul.institution.Institution;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.province.Provinces;

/**
 * The decision register: the board's decisions as KARAR-n per meeting (R12.1, Ek-1), the institutions made
 * responsible for them (R5.5) and their follow-up reports (R5.6), whose latest state feeds the next meeting's
 * evaluation of previous decisions (R5.7).
 */
@Service
@Transactional(readOnly = true)
public class Decisions {

    static final int MAX_TEXT = 4000;
    static final int MAX_EVIDENCE = 2000;

    private final DecisionRepository decisions;
    private final DecisionResponsibilityRepository responsibilities;
    private final FollowUpReportRepository reports;
    private final Institutions institutions;
    private final Provinces provinces;
    private final Clock clock;

    Decisions(DecisionRepository decisions, DecisionResponsibilityRepository responsibilities,
              FollowUpReportRepository reports, Institutions institutions, Provinces provinces, Clock clock) {
        this.decisions = decisions;
        this.responsibilities = responsibilities;
        this.reports = reports;
        this.institutions = institutions;
        this.provinces = provinces;
        this.clock = clock;
    }

    /** Records a decision taken today (the meeting day); see {@link #record(String, int, String, String, String, LocalDate, Set, boolean, boolean, LocalDate)}. */
    @Transactional
    public Decision record(String meetingKey, int plateCode, String text, String justification, String aim,
                           LocalDate deadline, Set<Long> responsibleInstitutionIds, boolean riskItem) {
        return record(meetingKey, plateCode, text, justification, aim, deadline, responsibleInstitutionIds, riskItem,
                false, LocalDate.now(clock));
    }

    /**
     * Records a decision of the meeting held on {@code meetingDate} as the next KARAR-n of that meeting (no gaps).
     * Refuses, with a Turkish message naming the field ({@link InvalidInputException}): a missing decision text,
     * justification, aim or deadline (R12.1, Ek-1), no responsible institution or one of another province (R5.5),
     * a deadline before the meeting.
     */
    @Transactional
    public Decision record(String meetingKey, int plateCode, String text, String justification, String aim,
                           LocalDate deadline, Set<Long> responsibleInstitutionIds, boolean riskItem,
                           boolean actionPlanUpdate, LocalDate meetingDate) {
        provinces.province(plateCode);
        MeetingKeys.check(meetingKey, plateCode);
        String cleanText = requiredText("text", text, "Karar metni");
        String cleanJustification = requiredText("justification", justification, "Kararın gerekçesi");
        String cleanAim = requiredText("aim", aim, "Kararın amacı");
        if (deadline == null) {
            throw new InvalidInputException("deadline", "Karar için verilen süre (son tarih) zorunludur (R12.1, Ek-1).");
        }
        LocalDate heldOn = meetingDate != null ? meetingDate : LocalDate.now(clock);
        if (deadline.isBefore(heldOn)) {
            throw new InvalidInputException("deadline", "Kararın son tarihi (" + deadline
                    + ") toplantı tarihinden (" + heldOn + ") önce olamaz.");
        }
        if (responsibleInstitutionIds == null || responsibleInstitutionIds.isEmpty()) {
            throw new InvalidInputException("responsibleInstitutionIds", "Karar için en az bir sorumlu kurum seçilmelidir (R5.5).");
        }
        for (Long institutionId : new TreeSet<>(responsibleInstitutionIds)) {
            Institution institution = institutionId == null ? null : institutions.find(institutionId).orElse(null);
            if (institution == null) {
                throw new InvalidInputException("responsibleInstitutionIds", "Sorumlu kurum bulunamadı: " + institutionId);
            }
            if (institution.getPlateCode() != plateCode) {
                throw new InvalidInputException("responsibleInstitutionIds", "Sorumlu kurum bu ilin kurumu değil: "
                        + institution.getName() + ".");
            }
        }
        int number = decisions.lastNumber(meetingKey.trim()) + 1;
        Decision decision = decisions.save(new Decision(meetingKey.trim(), plateCode, number, cleanText, cleanJustification,
                cleanAim, deadline, riskItem, actionPlanUpdate, clock.instant()));
        new TreeSet<>(responsibleInstitutionIds).forEach(id -> responsibilities.save(new DecisionResponsibility(decision.getId(), id)));
        return decision;
    }

    public Decision decision(long id) {
        return decisions.findById(id).orElseThrow(() -> new NotFoundException("Kimliği " + id + " olan bir karar yok."));
    }

    /** The responsible institutions of a decision, in the order they were recorded. */
    public List<Long> responsibleInstitutions(long decisionId) {
        return responsibilities.findByDecisionIdOrderByIdAsc(decisionId).stream().map(DecisionResponsibility::getInstitutionId).toList();
    }

    /** "KARAR-3 (Gaziantep 2026/2)", for a district "KARAR-1 (Gaziantep Karkamış İlçe 2027/1)". */
    public String label(Decision decision) {
        Long district = MeetingKeys.districtId(decision.getMeetingKey());
        String board = district == null ? provinces.province(decision.getPlateCode()).getName()
                : provinces.province(decision.getPlateCode()).getName() + " " + provinces.district(district).getName() + " İlçe";
        return decision.getLabel() + " (" + board + " " + MeetingKeys.yearAndSequence(decision.getMeetingKey()) + ")";
    }

    /** The decisions of a meeting in KARAR-n order, each with the latest report of each responsible institution. */
    public List<DecisionStatus> ofMeeting(String meetingKey) {
        return withStatus(decisions.findByMeetingKeyOrderByNumberAsc(meetingKey));
    }

    /** Every decision of a province, oldest first, with the latest report of each responsible institution. */
    public List<DecisionStatus> ofProvince(int plateCode) {
        return withStatus(decisions.findByPlateCodeOrderByCreatedAtAscIdAsc(plateCode));
    }

    /**
     * The decisions of a province that are still open — some responsible institution has not reported them done
     * or impossible — with the latest reports: the next meeting's evaluation of previous decisions (R5.7).
     */
    public List<DecisionStatus> openForProvince(int plateCode) {
        return ofProvince(plateCode).stream().filter(DecisionStatus::isOpen).toList();
    }

    public Optional<FollowUpStatus> latestStatus(long decisionId, long institutionId) {
        return latestReport(decisionId, institutionId).map(FollowUpReport::getStatus);
    }

    public Optional<FollowUpReport> latestReport(long decisionId, long institutionId) {
        return reports.findFirstByDecisionIdAndInstitutionIdOrderByReportedAtDescIdDesc(decisionId, institutionId);
    }

    /** All reports of an institution on a decision, oldest first. */
    public List<FollowUpReport> reports(long decisionId, long institutionId) {
        return reports.findByDecisionIdAndInstitutionIdOrderByReportedAtAscIdAsc(decisionId, institutionId);
    }

    /**
     * Stores a responsible institution's report (R5.6). A reason is required when the decision cannot be done;
     * refusals are {@link InvalidInputException}s with Turkish messages, nothing is stored then.
     */
    @Transactional
    FollowUpReport report(long decisionId, long institutionId, FollowUpStatus status, String note, String reason,
                          String evidence, String reportedBy, Instant reportedAt) {
        decision(decisionId);
        if (!responsibilities.existsByDecisionIdAndInstitutionId(decisionId, institutionId)) {
            throw new InvalidInputException("institutionId", "Bu kurum bu karardan sorumlu değil.");
        }
        if (status == null) {
            throw new InvalidInputException("followUpStatus", "Kararın durumu seçilmelidir.");
        }
        String cleanNote = optionalText("followUpNote", note, "Açıklama", MAX_TEXT);
        String cleanReason = optionalText("followUpReason", reason, "Yapılamama gerekçesi", MAX_TEXT);
        String cleanEvidence = optionalText("followUpEvidence", evidence, "Kanıt", MAX_EVIDENCE);
        if (status == FollowUpStatus.CANNOT_BE_DONE && cleanReason == null) {
            throw new InvalidInputException("followUpReason", "Karar yerine getirilemiyorsa gerekçesi yazılmalıdır (R5.6).");
        }
        return reports.save(new FollowUpReport(decisionId, institutionId, status, cleanNote,
                status == FollowUpStatus.CANNOT_BE_DONE ? cleanReason : null, cleanEvidence, reportedBy, reportedAt));
    }

    private List<DecisionStatus> withStatus(List<Decision> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Long> ids = list.stream().map(Decision::getId).toList();
        Map<Long, List<Long>> responsibleByDecision = responsibilities.findByDecisionIdInOrderByIdAsc(ids).stream()
                .collect(Collectors.groupingBy(DecisionResponsibility::getDecisionId, LinkedHashMap::new,
                        Collectors.mapping(DecisionResponsibility::getInstitutionId, Collectors.toList())));
        Map<String, FollowUpReport> latest = new HashMap<>();
        reports.findByDecisionIdInOrderByReportedAtAscIdAsc(ids)
                .forEach(r -> latest.put(r.getDecisionId() + "/" + r.getInstitutionId(), r));
        Map<Long, Institution> institutionsById = new HashMap<>();
        return list.stream().map(d -> new DecisionStatus(d, label(d),
                responsibleByDecision.getOrDefault(d.getId(), List.of()).stream().map(institutionId -> {
                    Institution institution = institutionsById.computeIfAbsent(institutionId, institutions::institution);
                    return new DecisionStatus.InstitutionStatus(institutionId, institution.getCode(), institution.getName(),
                            latest.get(d.getId() + "/" + institutionId));
                }).toList())).toList();
    }

    private static String requiredText(String field, String value, String what) {
        String clean = optionalText(field, value, what, MAX_TEXT);
        if (clean == null) {
            throw new InvalidInputException(field, what + " zorunludur (R12.1, Ek-1).");
        }
        return clean;
    }

    private static String optionalText(String field, String value, String what, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.trim();
        if (clean.length() > max) {
            throw new InvalidInputException(field, what + " en fazla " + max + " karakter olabilir.");
        }
        if (!PlainTextValidator.isPlain(clean)) {
            throw new InvalidInputException(field, what + " emoji, denetim karakteri veya desteklenmeyen karakter içeremez.");
        }
        return clean;
    }
}
