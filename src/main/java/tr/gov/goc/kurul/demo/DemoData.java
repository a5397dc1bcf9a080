package tr.gov.goc.kurul.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tr.gov.goc.kurul.board.MembershipRole;
import tr.gov.goc.kurul.people.SystemRole;

/** The shape of {@code demo/demo-data.yml}. */
record DemoData(String password, List<KeyPerson> national, Map<String, String> headTitles, List<String> firstNames,
                List<String> lastNames, List<DemoProvince> provinces) {

    record DemoProvince(int plateCode, String slug, int foreignPopulation, LocalDate populationAsOf, String populationSource,
                        List<KeyPerson> people, List<DemoDistrict> districts, List<Invited> invited,
                        DemoActionPlan actionPlan) {
    }

    /** R5.13: an approved first version of the province's local harmonisation action plan (lines as in Tasklist). */
    record DemoActionPlan(String enteredBy, String approvedBy, String note, String items) {
    }

    record KeyPerson(String institution, String firstName, String lastName, String title, String email, String username,
                     Set<MembershipRole> roles, Set<SystemRole> systemRoles) {
    }

    record DemoDistrict(String name, int foreignPopulation, boolean borderDistrict, String kaymakamLogin, String secretaryLogin) {
    }

    record Invited(String name, InvitedPerson person) {
    }

    record InvitedPerson(String firstName, String lastName, String title) {
    }
}
