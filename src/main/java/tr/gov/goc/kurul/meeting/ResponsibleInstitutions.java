package tr.gov.goc.kurul.meeting;

import java.util.Set;

/** The institutions a meeting's decisions name as responsible (from the decision register). */
interface ResponsibleInstitutions {

    Set<Long> of(String meetingKey);
}
