package tr.gov.goc.kurul.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.common.TurkishDates;
import tr.gov.goc.kurul.decision.Decision;
import tr.gov.goc.kurul.decision.DecisionStatus;
import tr.gov.goc.kurul.decision.Decisions;
import tr.gov.goc.kurul.identity.ProvinceTenantIdProvider;
import tr.gov.goc.kurul.province.Provinces;

/**
 * The public face of the action plan module (R5.13, R5.14): starts an {@code actionPlanUpdate} for every decision that
 * asks for one, answers the plan in force and its versions, and takes the sub-commission's progress per item.
 */
@Service
public class ActionPlans {

    public static final String PROCESS_KEY = "actionPlanUpdate";
    static final String SYSTEM_USER = "sistem";
    static final String BOARD_DECISION_MESSAGE = "ActionPlanBoardDecision";

    private final ActionPlanVersionRepository versions;
    private final ActionPlanItemRepository items;
    private final ActionPlanOpinionRepository opinions;
    private final ActionPlanProgressRepository progress;
    private final Decisions decisions;
    private final Provinces provinces;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final Clock clock;

    ActionPlans(ActionPlanVersionRepository versions, ActionPlanItemRepository items, ActionPlanOpinionRepository opinions,
                ActionPlanProgressRepository progress, Decisions decisions, Provinces provinces,
                RuntimeService runtimeService, HistoryService historyService, Clock clock) {
        this.versions = versions;
        this.items = items;
        this.opinions = opinions;
        this.progress = progress;
        this.decisions = decisions;
        this.provinces = provinces;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.clock = clock;
    }

    /** "27-2026-2/KARAR-3/eylem-plani". */
    public static String updateKey(Decision decision) {
        return decision.getMeetingKey() + "/" + decision.getLabel() + "/eylem-plani";
    }

    /**
     * R5.13: one {@code actionPlanUpdate} per decision of the meeting marked "eylem planı güncellensin" (in the
     * decision's province); a second call starts nothing new. Call it from a delegate (authorization checks are off).
     *
     * @return the ids of the process instances started
     */
    @Transactional
    public List<String> startUpdatesFor(String meetingKey) {
        List<String> started = new ArrayList<>();
        for (DecisionStatus status : decisions.ofMeeting(meetingKey)) {
            Decision decision = status.decision();
            if (!decision.isActionPlanUpdate()) {
                continue;
            }
            String key = updateKey(decision);
            if (historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                    .processInstanceBusinessKey(key).count() > 0) {
                continue;
            }
            Map<String, Object> variables = new HashMap<>();
            variables.put(ProvinceTenantIdProvider.PLATE_CODE, decision.getPlateCode());
            variables.put(UpdateVariables.DECISION_ID, decision.getId());
            variables.put(UpdateVariables.DECISION_LABEL, status.label());
            variables.put(UpdateVariables.DECISION_TEXT, abbreviate(decision.getText(), 1000));
            variables.put(UpdateVariables.UPDATE_TITLE, provinces.province(decision.getPlateCode()).getName()
                    + " yerel uyum eylem planı güncellemesi (" + status.label() + ")");
            started.add(runtimeService.startProcessInstanceByKey(PROCESS_KEY, key, variables).getId());
        }
        return started;
    }

    /** The business key of the plan the İl GİM prepares for a first meeting of the year (R5.13). */
    public static String preparationKey(String firstMeetingKey) {
        return firstMeetingKey + "/eylem-plani-hazirlik";
    }

    /**
     * R5.13: "Yerel Uyum Eylem Planı İl Göç İdaresi Müdürlüğünce üye kurumlarla birlikte hazırlanır ve yılın ilk kurul
     * toplantısında onaylanır" — the İl GİM asks the institutions for their contributions and prepares the year's plan,
     * due with the first meeting's agenda; the board's approval is recorded at that meeting
     * ({@link #recordBoardDecision}). Started once per first meeting.
     */
    @Transactional
    public Optional<String> startPreparation(int plateCode, String firstMeetingKey, int year, LocalDate dueDate) {
        String key = preparationKey(firstMeetingKey);
        if (historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(key).count() > 0) {
            return Optional.empty();
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProvinceTenantIdProvider.PLATE_CODE, plateCode);
        variables.put(UpdateVariables.DECISION_LABEL, "Genelge md. 5/13");
        variables.put(UpdateVariables.DECISION_TEXT, "Yerel uyum eylem planı üye kurumlarla birlikte hazırlanır ve yılın ilk kurul "
                + "toplantısında onaylanır. Kurumunuzun plana katkısını (eylem, sorumlu, hedef tarih, gösterge) yazın.");
        variables.put(UpdateVariables.UPDATE_TITLE, provinces.province(plateCode).getName() + " yerel uyum eylem planı " + year
                + " (yılın ilk kurul toplantısında onaylanır)");
        variables.put(UpdateVariables.UPDATE_DUE_DATE, dueDate.toString());
        variables.put(UpdateVariables.APPROVED_BY_BOARD, true);
        variables.put(UpdateVariables.PREPARATION_FOR, firstMeetingKey);
        return Optional.of(runtimeService.startProcessInstanceByKey(PROCESS_KEY, key, variables).getId());
    }

    /**
     * R5.13: the first meeting's decision on the plan the İl GİM submitted for it, recorded by the secretariat at the
     * meeting: approved (the plan in force) or returned with the board's reason (the İl GİM revises it).
     */
    @Transactional
    public Optional<ActionPlanVersion> recordBoardDecision(String firstMeetingKey, boolean approved, String reason, String recordedBy) {
        if (!approved && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("actionPlanReason", "Kurul planı onaylamadıysa gerekçesini yazın (md. 5/13).");
        }
        String key = preparationKey(firstMeetingKey);
        Optional<ActionPlanVersion> submitted = versions.findFirstByUpdateKeyOrderByNumberDesc(key)
                .filter(v -> v.getStatus() == VersionStatus.SUBMITTED);
        if (submitted.isEmpty()) {
            if (approved) {
                throw new InvalidInputException("actionPlanDecision", "İl Göç İdaresi Müdürlüğü bu yılın eylem planını henüz "
                        + "kurula sunmadı; onaylanacak bir sürüm yok. Kurul planı görüşemediyse gerekçesini yazın (md. 5/13).");
            }
            // not discussed: the İl GİM's preparation goes on, and its version then goes to the chair
            runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(key).list()
                    .forEach(p -> runtimeService.setVariable(p.getId(), UpdateVariables.APPROVED_BY_BOARD, false));
            return Optional.empty();
        }
        ActionPlanVersion version = submitted.get();
        version.decide(approved, "Kurul (" + firstMeetingKey + "), kaydeden " + recordedBy, clock.instant(), reason);
        versions.save(version);
        // a plan the board returned is revised by the İl GİM and approved by the chair, as an update is (R5.13)
        runtimeService.createMessageCorrelation(BOARD_DECISION_MESSAGE).processInstanceBusinessKey(key)
                .setVariable(UpdateVariables.VERSION_APPROVED, approved)
                .setVariable(UpdateVariables.APPROVED_BY_BOARD, false).correlate();
        return Optional.of(version);
    }

    /**
     * What the first meeting is asked to approve: the version the İl GİM submitted for it, as form rows (code, area,
     * action, responsible, target date, indicator) with a one-line summary; empty while nothing is submitted.
     */
    @Transactional(readOnly = true)
    public Optional<SubmittedPlan> submittedFor(String firstMeetingKey) {
        return versions.findFirstByUpdateKeyOrderByNumberDesc(preparationKey(firstMeetingKey))
                .filter(v -> v.getStatus() == VersionStatus.SUBMITTED)
                .map(v -> new SubmittedPlan(v.getNumber(), "Sürüm " + v.getNumber() + " — " + v.getSubmittedBy()
                        + (v.getChangeNote() == null ? "" : " — " + v.getChangeNote()),
                        itemsOf(v).stream().map(ActionPlans::row).toList()));
    }

    public record SubmittedPlan(int number, String summary, List<Map<String, String>> rows) {
    }

    /** The plan in force (latest approved version), its items and every version; an empty plan when there is none yet. */
    @Transactional(readOnly = true)
    public ActionPlanViews.Plan plan(int plateCode) {
        String name = provinces.province(plateCode).getName();
        Optional<ActionPlanVersion> inForce = inForce(plateCode);
        List<ActionPlanViews.VersionSummary> all = versions.findByPlateCodeOrderByNumberAsc(plateCode).stream()
                .map(v -> ActionPlanViews.VersionSummary.of(v, isInForce(v, inForce))).toList();
        return new ActionPlanViews.Plan(plateCode, name, inForce.map(v -> view(v, inForce)).orElse(null), all);
    }

    @Transactional(readOnly = true)
    public ActionPlanViews.Version version(int plateCode, int number) {
        ActionPlanVersion version = versions.findByPlateCodeAndNumber(plateCode, number)
                .orElseThrow(() -> new NotFoundException("Eylem planının " + number + ". sürümü bulunamadı."));
        return view(version, inForce(plateCode));
    }

    /** The latest approved version: the plan in force. */
    @Transactional(readOnly = true)
    public Optional<ActionPlanVersion> inForce(int plateCode) {
        return versions.findFirstByPlateCodeAndStatusOrderByNumberDesc(plateCode, VersionStatus.APPROVED);
    }

    /**
     * R5.14: the sub-commission's progress per item of the plan in force, as lines "EP-1 | 40 | açıklama" (empty: nothing
     * recorded). Refusals are {@link InvalidInputException}s naming the line.
     *
     * @return how many items got a progress entry
     */
    @Transactional
    public int recordProgress(int plateCode, String meetingKey, String text, String recordedBy) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        ActionPlanVersion current = inForce(plateCode).orElseThrow(() -> new InvalidInputException("actionPlanProgress",
                "İlin onaylanmış bir eylem planı yok; madde ilerlemesi kaydedilemez."));
        Set<String> codes = items.findByVersionIdOrderByPositionAsc(current.getId()).stream()
                .map(ActionPlanItem::getItemCode).collect(Collectors.toSet());
        List<PlanText.ProgressLine> lines = PlanText.parseProgress(text, codes);
        for (PlanText.ProgressLine line : lines) {
            progress.save(new ActionPlanProgress(plateCode, line.code(), meetingKey, line.percent(), line.note(),
                    recordedBy, clock.instant()));
        }
        return lines.size();
    }

    /** Rows for a form table: the items of the plan in force with their latest progress (empty list without a plan). */
    @Transactional(readOnly = true)
    public List<Map<String, String>> progressRows(int plateCode) {
        return inForce(plateCode).map(v -> view(v, Optional.of(v)).items()).orElse(List.of()).stream()
                .map(ActionPlans::row).toList();
    }

    /**
     * Enters an approved plan directly (a province's first plan, approved at the first meeting of the year, R5.13),
     * e.g. from the demo data. Does nothing when the province already has a version.
     */
    @Transactional
    public Optional<ActionPlanVersion> enterApproved(int plateCode, String planText, String enteredBy, String approvedBy,
                                                     String note) {
        if (versions.findFirstByPlateCodeOrderByNumberDesc(plateCode).isPresent()) {
            return Optional.empty();
        }
        List<PlanLine> lines = PlanText.parse(planText, Set.of(), 1);
        ActionPlanVersion version = saveVersion(plateCode, null, null, lines, note, true, enteredBy);
        version.decide(true, approvedBy, clock.instant(), null);
        return Optional.of(version);
    }

    // --- steps of actionPlanUpdate (package-private) ---

    /** Known codes and the next free number of a province: every code any of its versions used. */
    Set<String> knownCodes(int plateCode) {
        return versions.findByPlateCodeOrderByNumberAsc(plateCode).stream()
                .flatMap(v -> items.findByVersionIdOrderByPositionAsc(v.getId()).stream())
                .map(ActionPlanItem::getItemCode).collect(Collectors.toSet());
    }

    int nextCodeNumber(int plateCode) {
        return knownCodes(plateCode).stream().mapToInt(PlanText::number).max().orElse(0) + 1;
    }

    /** The lines the İl GİM starts from: the latest version of this update (draft or rejected), else the plan in force. */
    List<PlanLine> baseLines(int plateCode, String updateKey) {
        Optional<ActionPlanVersion> base = versions.findFirstByUpdateKeyOrderByNumberDesc(updateKey).or(() -> inForce(plateCode));
        return base.map(v -> lines(v.getId())).orElse(List.of());
    }

    List<PlanLine> lines(long versionId) {
        return items.findByVersionIdOrderByPositionAsc(versionId).stream().map(ActionPlanItem::line).toList();
    }

    List<ActionPlanViews.Item> itemsOf(ActionPlanVersion version) {
        return view(version, Optional.empty()).items();
    }

    Optional<ActionPlanVersion> latestOfUpdate(String updateKey) {
        return versions.findFirstByUpdateKeyOrderByNumberDesc(updateKey);
    }

    /** Saves the İl GİM's text: the update's open draft is rewritten, otherwise a new numbered version is made. */
    @Transactional
    ActionPlanVersion saveText(int plateCode, String updateKey, Long decisionId, String text, String note, boolean submit,
                               String user) {
        List<PlanLine> lines = PlanText.parse(text, knownCodes(plateCode), nextCodeNumber(plateCode));
        return saveVersion(plateCode, updateKey, decisionId, lines, note, submit, user);
    }

    private ActionPlanVersion saveVersion(int plateCode, String updateKey, Long decisionId, List<PlanLine> lines,
                                          String note, boolean submit, String user) {
        ActionPlanVersion version = updateKey == null ? null : versions.findFirstByUpdateKeyOrderByNumberDesc(updateKey)
                .filter(v -> v.getStatus() == VersionStatus.DRAFT).orElse(null);
        if (version == null) {
            int number = versions.findFirstByPlateCodeOrderByNumberDesc(plateCode).map(ActionPlanVersion::getNumber).orElse(0) + 1;
            version = versions.save(new ActionPlanVersion(plateCode, number, updateKey, decisionId, user, clock.instant()));
        } else {
            items.deleteByVersionId(version.getId());
            items.flush();
        }
        int position = 1;
        for (PlanLine line : lines) {
            items.save(new ActionPlanItem(version.getId(), position++, line));
        }
        version.note(note);
        if (submit) {
            version.submit(user, clock.instant());
        }
        return versions.save(version);
    }

    /** The chair's decision on the update's submitted version (R5.13). */
    @Transactional
    ActionPlanVersion decide(String updateKey, boolean approved, String reason, String user) {
        ActionPlanVersion version = versions.findFirstByUpdateKeyOrderByNumberDesc(updateKey)
                .filter(v -> v.getStatus() == VersionStatus.SUBMITTED)
                .orElseThrow(() -> new IllegalStateException("Onaya sunulmuş sürüm yok: " + updateKey));
        version.decide(approved, user, clock.instant(), reason);
        return versions.save(version);
    }

    @Transactional
    void recordOpinion(String updateKey, int plateCode, long institutionId, String institutionName,
                       ActionPlanOpinion.Status status, String text, String user) {
        if (!opinions.existsByUpdateKeyAndInstitutionId(updateKey, institutionId)) {
            opinions.save(new ActionPlanOpinion(updateKey, plateCode, institutionId, institutionName, status, text, user,
                    clock.instant()));
        }
    }

    List<ActionPlanOpinion> opinions(String updateKey) {
        return opinions.findByUpdateKeyOrderByIdAsc(updateKey);
    }

    static Map<String, String> row(ActionPlanViews.Item item) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("kod", item.code());
        row.put("alan", item.thematicArea());
        row.put("eylem", item.action());
        row.put("sorumlu", item.responsible());
        row.put("hedef", TurkishDates.format(item.targetDate()));
        row.put("gosterge", item.indicator());
        row.put("ilerleme", item.progressPercent() == null ? "" : "%" + item.progressPercent());
        return row;
    }

    private ActionPlanViews.Version view(ActionPlanVersion version, Optional<ActionPlanVersion> inForce) {
        Map<String, ActionPlanProgress> latest = progress.findByPlateCodeOrderByIdAsc(version.getPlateCode()).stream()
                .collect(Collectors.toMap(ActionPlanProgress::getItemCode, Function.identity(), (a, b) -> b));
        List<ActionPlanViews.Item> list = items.findByVersionIdOrderByPositionAsc(version.getId()).stream().map(i -> {
            ActionPlanProgress p = latest.get(i.getItemCode());
            return new ActionPlanViews.Item(i.getItemCode(), i.getPosition(), i.getThematicArea(), i.getActionText(),
                    i.getResponsible(), i.getTargetDate(), i.getIndicator(), p == null ? null : p.getProgressPercent(),
                    p == null ? null : p.getNote(), p == null ? null : p.getMeetingKey(), p == null ? null : p.getRecordedAt());
        }).toList();
        return new ActionPlanViews.Version(ActionPlanViews.VersionSummary.of(version, isInForce(version, inForce)), list);
    }

    private static boolean isInForce(ActionPlanVersion v, Optional<ActionPlanVersion> inForce) {
        return inForce.map(f -> f.getId().equals(v.getId())).orElse(false);
    }

    private static String abbreviate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
