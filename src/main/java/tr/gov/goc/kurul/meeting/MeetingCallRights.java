package tr.gov.goc.kurul.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.board.Board;
import tr.gov.goc.kurul.board.Boards;
import tr.gov.goc.kurul.common.CurrentUser;
import tr.gov.goc.kurul.common.ForbiddenException;
import tr.gov.goc.kurul.common.TurkishOrder;
import tr.gov.goc.kurul.identity.GroupIds;
import tr.gov.goc.kurul.province.Provinces;

/**
 * Who may call a board meeting outside the plan, in one place: the checks of {@code POST /api/meetings/extraordinary}
 * (R7.3, R8.4), of {@code POST /api/districts/{id}/meetings} (R8.2), and what the page "Olağanüstü toplantı"
 * ({@code /kurul/olaganustu.html}) offers through {@code GET /api/meetings/extraordinary/options} — the page offers
 * exactly the acts the POSTs accept, because both ask these methods.
 */
@Component
class MeetingCallRights {

    /** What a user may do to a board: the three ways of R7.3 / R8.4, and R8.2's meeting at the Kaymakam's discretion. */
    enum Act {
        IL_GIM_PROPOSAL, GOVERNOR, PRESIDENCY, DISCRETIONARY
    }

    /** A board and what the caller may do to it. */
    record BoardOption(Long districtId, String name, boolean provincial, List<Act> acts) {
    }

    record ProvinceOption(int plateCode, String name, List<BoardOption> boards) {
    }

    /**
     * The answer of the options call: the provinces (Turkish alphabetical order) with the boards on which the caller
     * may act — empty for someone who may not call any meeting — and the circular's rule in one Turkish sentence.
     */
    record Options(String whoMayCall, int districtThreshold, List<ProvinceOption> provinces) {
    }

    private static final int FEW_PROVINCES = 3;

    private final CurrentUser currentUser;
    private final Boards boards;
    private final Provinces provinces;
    private final MeetingActions actions;

    MeetingCallRights(CurrentUser currentUser, Boards boards, Provinces provinces, MeetingActions actions) {
        this.currentUser = currentUser;
        this.boards = boards;
        this.provinces = provinces;
        this.actions = actions;
    }

    /**
     * R7.3, R8.4: "İl Göç İdaresi Müdürlüğünün teklifi ve Valinin kararıyla, Valinin resen kararıyla ya da Başkanlığın
     * talebiyle" — who asks is who acts: a proposal from the board's secretariat (or an administrator), the chair's own
     * call from the chair's group, the presidency's request from its national managers. Null when allowed, otherwise
     * the Turkish refusal.
     */
    String extraordinaryRefusal(ExtraordinaryRequester requestedBy, int plateCode, Long districtId) {
        return switch (requestedBy) {
            case IL_GIM_PROPOSAL -> currentUser.isAdministrator()
                    || currentUser.belongsTo(districtId == null ? GroupIds.secretariat(plateCode) : GroupIds.districtSecretariat(districtId))
                    ? null : "Olağanüstü toplantı teklifini kurulun sekreteryası (İl/İlçe Göç İdaresi Müdürlüğü) yapar (md. 7/3).";
            case GOVERNOR -> currentUser.belongsTo(districtId == null ? GroupIds.chair(plateCode) : GroupIds.districtChair(districtId))
                    ? null : "Olağanüstü toplantıya resen kurul başkanı (Vali / Kaymakam) ve başkanlık makamı karar verir; "
                             + "sekreterya teklif olarak gönderebilir (md. 7/3).";
            case PRESIDENCY -> currentUser.belongsTo(GroupIds.NATIONAL_MANAGERS)
                    ? null : "Başkanlığın talebini yalnız Göç İdaresi Başkanlığı kullanıcıları kaydeder (md. 7/3).";
        };
    }

    void requireExtraordinary(ExtraordinaryRequester requestedBy, int plateCode, Long districtId) {
        String refusal = extraordinaryRefusal(requestedBy, plateCode, districtId);
        if (refusal != null) {
            throw new ForbiddenException(refusal);
        }
    }

    /**
     * R8.2: "Kaymakamın takdirine bağlı olarak" — the Kaymakam's act: only the Kaymakamlık's group (the district board's
     * chair) calls it; not the İl GİM, not the district secretariat, not an administrator.
     */
    void requireDiscretionary(long districtId) {
        if (!currentUser.belongsTo(GroupIds.districtChair(districtId))) {
            throw new ForbiddenException("Nüfusu " + thousands(actions.districtBoardPopulationThreshold()) + "'in altındaki ilçenin "
                    + "kurulu Kaymakamın takdiriyle toplanır: toplantıyı Kaymakamlık (kurul başkanlığı) başlatır; sekreterya "
                    + "Kaymakamlığa önerebilir (md. 8/2).");
        }
    }

    /** What the caller may do, board by board, by the same checks as the POSTs. */
    Options options() {
        Set<Integer> visible = currentUser.isAdministrator() ? null : currentUser.visibleProvinces();
        Map<Integer, List<BoardOption>> byProvince = new LinkedHashMap<>();
        // a province's people read their province's boards; the presidency and administrators every board in one read
        for (Board board : visible != null && visible.size() <= FEW_PROVINCES ? ofProvinces(visible) : boards.all()) {
            if (visible != null && !visible.contains(board.getPlateCode())) {
                continue;
            }
            List<Act> acts = acts(board);
            if (!acts.isEmpty()) {
                byProvince.computeIfAbsent(board.getPlateCode(), p -> new ArrayList<>())
                        .add(new BoardOption(board.getDistrictId(), board.getName(), board.isProvincial(), acts));
            }
        }
        List<ProvinceOption> result = byProvince.entrySet().stream()
                .map(e -> new ProvinceOption(e.getKey(), provinces.province(e.getKey()).getName(), e.getValue()))
                .sorted(TurkishOrder.by(ProvinceOption::name)).toList();
        return new Options(whoMayCall(), actions.districtBoardPopulationThreshold(), result);
    }

    private List<Board> ofProvinces(Set<Integer> plates) {
        return plates.stream().sorted().flatMap(p -> boards.ofProvince(p).stream()).toList();
    }

    private List<Act> acts(Board board) {
        List<Act> acts = new ArrayList<>();
        for (ExtraordinaryRequester way : ExtraordinaryRequester.values()) {
            if (extraordinaryRefusal(way, board.getPlateCode(), board.getDistrictId()) == null) {
                acts.add(Act.valueOf(way.name()));
            }
        }
        if (!board.isProvincial() && currentUser.belongsTo(GroupIds.districtChair(board.getDistrictId()))
                && actions.meetsAtKaymakamsDiscretion(board)) {
            acts.add(Act.DISCRETIONARY);
        }
        return acts;
    }

    /** R7.3, R8.4, R8.2 in one Turkish paragraph, with the threshold as policy has it. */
    private String whoMayCall() {
        return "Olağanüstü il kurulu toplantısı İl Göç İdaresi Müdürlüğünün teklifi ve Valinin kararıyla, Valinin resen "
                + "kararıyla ya da Göç İdaresi Başkanlığının talebiyle yapılır (md. 7/3). İlçe kurulunda teklifi İlçe Göç İdaresi "
                + "Müdürlüğü (yoksa Kaymakamlık) yapar, Kaymakam karar verir; Kaymakam resen de karar verebilir, Başkanlık da "
                + "talep edebilir (md. 8/4). Yabancı nüfusu " + thousands(actions.districtBoardPopulationThreshold())
                + "'in altında olan ve sınır ilçesi olmayan ilçelerin kurulu Kaymakamın takdiriyle toplanır (md. 8/2).";
    }

    private static String thousands(int n) {
        return String.format(Locale.forLanguageTag("tr-TR"), "%,d", n);
    }
}
