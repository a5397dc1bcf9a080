package tr.gov.goc.kurul.meeting;

/**
 * Business keys of district board meetings: {@code 27-ilce-412-2027-1} (ordinary, R8.1), {@code 27-ilce-412-2027-T1}
 * (at the Kaymakam's discretion, R8.2), {@code 27-ilce-412-2027-E1} (extraordinary, R8.4). The plate code comes first
 * so the province stays the tenant; "ilce" keeps them apart from the provincial keys {@code 27-2027-1}.
 */
final class DistrictMeetingKeys {

    private DistrictMeetingKeys() {
    }

    static String prefix(int plateCode, long districtId) {
        return plateCode + "-ilce-" + districtId + "-";
    }

    static String ordinary(int plateCode, long districtId, int year, int sequence) {
        return prefix(plateCode, districtId) + year + "-" + sequence;
    }

    static boolean isDistrict(String meetingKey) {
        return meetingKey.contains("-ilce-");
    }

    /** Whether a decision's meeting key belongs to the same board as this meeting. */
    static boolean sameBoard(Meeting meeting, String meetingKey) {
        if (meeting.isDistrict()) {
            return meetingKey.startsWith(prefix(meeting.getPlateCode(), meeting.getDistrictId()));
        }
        return !isDistrict(meetingKey);
    }
}
