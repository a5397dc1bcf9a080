package tr.gov.goc.kurul.meeting;

import tr.gov.goc.kurul.identity.GroupIds;

/**
 * Who keeps a meeting's secretariat and chair: the province's groups for a provincial meeting (R11.1), the district's
 * for a district meeting (R11.2: İlçe GİM or Kaymakamlık, R4.1: the Kaymakam).
 */
public final class MeetingGroups {

    private MeetingGroups() {
    }

    /** Public for the minutes module: the secretariat records the wet signatures and is reminded of missing ones. */
    public static String secretariat(Meeting meeting) {
        return meeting.isDistrict() ? GroupIds.districtSecretariat(meeting.getDistrictId()) : GroupIds.secretariat(meeting.getPlateCode());
    }

    static String chair(Meeting meeting) {
        return meeting.isDistrict() ? GroupIds.districtChair(meeting.getDistrictId()) : GroupIds.chair(meeting.getPlateCode());
    }

    /** The same from a cycle's variables: a districtBoardCycle carries {@code districtId}. */
    static String secretariat(int plateCode, Object districtId) {
        return districtId instanceof Number n ? GroupIds.districtSecretariat(n.longValue()) : GroupIds.secretariat(plateCode);
    }

    static String chair(int plateCode, Object districtId) {
        return districtId instanceof Number n ? GroupIds.districtChair(n.longValue()) : GroupIds.chair(plateCode);
    }
}
