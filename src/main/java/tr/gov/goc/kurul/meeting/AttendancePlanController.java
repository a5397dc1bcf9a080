package tr.gov.goc.kurul.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.common.CurrentUser;
import tr.gov.goc.kurul.common.ForbiddenException;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.common.PlainText;
import tr.gov.goc.kurul.identity.GroupIds;
import tr.gov.goc.kurul.people.People;

/**
 * Before a meeting: a member reports an excuse and whether their registered deputy sits (R9.1, R9.2); the presidency
 * announces its staff who attend (R4.5); the secretariat and the chair see all of it with the invited participants (R4.4).
 */
@RestController
@RequestMapping("/api/meetings/{key}")
class AttendancePlanController {

    private final Meetings meetings;
    private final AttendancePlans plans;
    private final People people;
    private final CurrentUser currentUser;
    private final CalendarReplies calendarReplies;

    AttendancePlanController(Meetings meetings, AttendancePlans plans, People people, CurrentUser currentUser,
                             CalendarReplies calendarReplies) {
        this.calendarReplies = calendarReplies;
        this.meetings = meetings;
        this.plans = plans;
        this.people = people;
        this.currentUser = currentUser;
    }

    /** R9.1, R9.2: the member themself, before the meeting. */
    @PostMapping("/excuses")
    @ResponseStatus(HttpStatus.CREATED)
    ExcuseView excuse(@PathVariable String key, @Valid @RequestBody ExcuseRequest request) {
        Meeting meeting = visible(key);
        Excuse excuse = plans.reportExcuse(meeting, currentUser.userId(), request.reason().trim(), request.deputySits());
        return ExcuseView.of(excuse, people, plans);
    }

    /**
     * R9.1, R9.2: a member's calendar declined the invitation; the secretariat confirms the excuse with the reason the
     * member gave (e.g. by phone) and whether the registered deputy sits.
     */
    @PostMapping("/calendar-replies/{membershipId}/excuse")
    @ResponseStatus(HttpStatus.CREATED)
    ExcuseView confirmDecline(@PathVariable String key, @PathVariable long membershipId, @Valid @RequestBody ExcuseRequest request) {
        Meeting meeting = visible(key);
        if (!currentUser.belongsTo(MeetingGroups.secretariat(meeting))) {
            throw new ForbiddenException("Takvimden gelen 'katılmayacağım' yanıtını mazeret olarak kurulun sekreteryası teyit eder (md. 9/1).");
        }
        return ExcuseView.of(calendarReplies.confirm(meeting, membershipId, request.reason().trim(), request.deputySits(),
                currentUser.userId()), people, plans);
    }

    /** R9.3: the chair calls an excused member in for an emergency. */
    @PostMapping("/excuses/{membershipId}/call-in")
    ExcuseView callIn(@PathVariable String key, @PathVariable long membershipId, @Valid @RequestBody CallInRequest request) {
        Meeting meeting = visible(key);
        if (!currentUser.belongsTo(MeetingGroups.chair(meeting))) {
            throw new ForbiddenException("İzinli üyeyi acil durumda toplantıya Kurul Başkanı çağırır (md. 9/3).");
        }
        return ExcuseView.of(plans.callIn(meeting, membershipId, request.reason().trim(), currentUser.userId()), people, plans);
    }

    /** R4.5: "Katılım durumu kurul öncesi İl Göç İdaresi Müdürlüğüne bildirilir" — by the presidency's own users. */
    @PutMapping("/presidency-attendance")
    List<PresidencyView> presidency(@PathVariable String key, @Valid @RequestBody PresidencyRequest request) {
        Meeting meeting = visible(key);
        if (!currentUser.belongsTo(GroupIds.NATIONAL_MANAGERS)) {
            throw new ForbiddenException("Başkanlık personelinin katılımını yalnız Göç İdaresi Başkanlığı kullanıcıları bildirir (md. 4/5).");
        }
        return plans.announcePresidency(meeting, request.staff().stream()
                        .map(s -> new AttendancePlans.PresidencyPerson(s.fullName(), s.title(), s.unit())).toList(), currentUser.userId())
                .stream().map(PresidencyView::of).toList();
    }

    /** What the secretariat and the chair see before the meeting. */
    @GetMapping("/attendance-plan")
    PlanView plan(@PathVariable String key) {
        Meeting meeting = visible(key);
        boolean runsIt = currentUser.isAdministrator() || currentUser.isManager()
                || currentUser.belongsTo(GroupIds.managers(meeting.getPlateCode()))
                || currentUser.belongsTo(MeetingGroups.secretariat(meeting)) || currentUser.belongsTo(MeetingGroups.chair(meeting))
                || currentUser.belongsTo(GroupIds.secretariat(meeting.getPlateCode()));
        if (!runsIt) {
            throw new ForbiddenException("Toplantıya katılım bildirimlerini kurulun sekreteryası, başkanlığı ve yöneticileri görür.");
        }
        return new PlanView(plans.invitees(meeting).stream().map(i -> new InviteeView(i.getMembershipId(), i.isProposed(),
                        i.getInvited(), i.getDecidedBy())).toList(),
                plans.excuses(meeting).stream().map(e -> ExcuseView.of(e, people, plans)).toList(),
                plans.presidency(meeting).stream().map(PresidencyView::of).toList(),
                calendarReplies.invitations(meeting));
    }

    private Meeting visible(String key) {
        Meeting meeting = meetings.findByKey(key).orElseThrow(() -> new NotFoundException("Toplantı bulunamadı: " + key));
        if (!currentUser.canSeeProvince(meeting.getPlateCode())) {
            throw new NotFoundException("Toplantı bulunamadı: " + key);
        }
        return meeting;
    }

    record ExcuseRequest(
            @NotBlank(message = "Mazeret zorunludur.") @Size(max = 500, message = "En fazla 500 karakter olabilir.") @PlainText String reason,
            boolean deputySits) {
    }

    record CallInRequest(
            @NotBlank(message = "Acil durumun gerekçesi zorunludur.") @Size(max = 500, message = "En fazla 500 karakter olabilir.") @PlainText String reason) {
    }

    record PresidencyRequest(@NotNull(message = "Katılacak personel listesi (staff) zorunludur; kimse katılmayacaksa boş liste gönderin.")
                             @Size(max = 10, message = "En fazla 10 kişi bildirilebilir.") List<@Valid StaffMember> staff) {
    }

    record StaffMember(
            @NotBlank(message = "Ad soyad zorunludur.") @Size(max = 150, message = "En fazla 150 karakter olabilir.") @PlainText String fullName,
            @Size(max = 150, message = "En fazla 150 karakter olabilir.") @PlainText String title,
            @Size(max = 250, message = "En fazla 250 karakter olabilir.") @PlainText String unit) {
    }

    record ExcuseView(long membershipId, String member, String reason, String deputy, String reportedBy, Instant reportedAt,
                      String calledInBy, String callInReason) {
        static ExcuseView of(Excuse e, People people, AttendancePlans plans) {
            return new ExcuseView(e.getMembershipId(), people.person(e.getPersonId()).getFullName(), e.getReason(),
                    e.isCalledIn() ? null : plans.deputyName(e).orElse(null), e.getReportedBy(), e.getReportedAt(),
                    e.getCalledInBy(), e.getCallInReason());
        }
    }

    record PresidencyView(String fullName, String title, String unit, String announcedBy, Instant announcedAt) {
        static PresidencyView of(PresidencyAttendee a) {
            return new PresidencyView(a.getFullName(), a.getTitle(), a.getUnit(), a.getAnnouncedBy(), a.getAnnouncedAt());
        }
    }

    record InviteeView(long membershipId, boolean proposedByIlGim, Boolean invited, String decidedBy) {
    }

    /** {@code invitations}: everyone called, with the notice mail's state, the calendar's answer and the excuse (R9.1, R9.2). */
    record PlanView(List<InviteeView> invitees, List<ExcuseView> excuses, List<PresidencyView> presidency,
                    List<CalendarReplies.Invitation> invitations) {
    }
}
