package tr.gov.goc.kurul.identity;

import org.camunda.bpm.engine.authorization.Groups;
import tr.gov.goc.kurul.common.CurrentUser;

/**
 * The Camunda group and tenant ids that Kurul derives from its registry. Processes use them as candidate
 * groups: a task for a liaison officer goes to {@link #liaison(int, String)} of their institution.
 */
public final class GroupIds {

    public static final String ADMINISTRATORS = Groups.CAMUNDA_ADMIN;
    public static final String NATIONAL_MANAGERS = CurrentUser.MANAGERS_GROUP;

    private GroupIds() {
    }

    public static String tenant(int plateCode) {
        return CurrentUser.tenantOf(plateCode);
    }

    public static String secretariat(int plateCode) {
        return "prov-" + plateCode + "-secretariat";
    }

    public static String chair(int plateCode) {
        return "prov-" + plateCode + "-chair";
    }

    public static String managers(int plateCode) {
        return "prov-" + plateCode + "-managers";
    }

    public static String liaison(int plateCode, String institutionCode) {
        return "prov-" + plateCode + "-liaison-" + institutionCode;
    }

    /** R4.2, R4.3: the board's members and deputies (the Kaymakams of larger districts included), who are called to its meetings. */
    public static String members(int plateCode) {
        return "prov-" + plateCode + "-members";
    }

    public static String districtMembers(long districtId) {
        return "dist-" + districtId + "-members";
    }

    public static String districtSecretariat(long districtId) {
        return "dist-" + districtId + "-secretariat";
    }

    public static String districtChair(long districtId) {
        return "dist-" + districtId + "-chair";
    }

    /** Groups whose members Kurul keeps in step with the registry; other groups are left alone. */
    static boolean isManaged(String groupId) {
        return groupId.startsWith("prov-") || groupId.startsWith("dist-")
                || groupId.equals(NATIONAL_MANAGERS) || groupId.equals(ADMINISTRATORS);
    }
}
