package tr.gov.goc.kurul.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.meeting.MeetingStatus;
import tr.gov.goc.kurul.meeting.Meetings;
import tr.gov.goc.kurul.meeting.YearPlanner;

/**
 * The demo that has lived: on a fresh start the demo provinces live the months before today through Kurul's own
 * processes and rules — the yearly planning, agenda calls, sub-commissions, board meetings, minutes, distribution,
 * platform entries, follow-ups, the action plan's approval loop and the Ek-3 — with the engine clock moved day by
 * day and the demo's users ({@link DemoUsers}) answering their tasks as real civil servants would: most on time,
 * some late, one never. Nothing is written into a table directly. Today the clock is back where it was, the tasks
 * users have not answered yet are open and the coming months are planned.
 *
 * <p>The life starts on the first day of the quarter's preparation (1 December, March, June or September: the
 * sub-commission's first week, R6.9) on or before twelve months ago ({@code kurul.demo.lived-months}), so at least
 * four provincial board meetings fall in the year before today. While it lives, the job executor waits and Kurul's
 * pages say that the demo is being prepared ({@link DemoLifeGuard}).
 */
@Component
class DemoLife {

    private static final Logger log = LoggerFactory.getLogger(DemoLife.class);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.forLanguageTag("tr-TR"));
    private static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";
    private static final List<Month> PREPARATION_MONTHS = List.of(Month.MARCH, Month.JUNE, Month.SEPTEMBER, Month.DECEMBER);

    private final ProcessEngine engine;
    private final Clock clock;
    private final YearPlanner planner;
    private final Meetings meetings;
    private final DemoUsers users;
    private final LoggingSystem logging;
    private final int livedMonths;
    private volatile boolean living;
    private volatile String livingNow = "";

    DemoLife(ProcessEngine engine, Clock clock, YearPlanner planner, Meetings meetings, DemoUsers users, LoggingSystem logging,
             @Value("${kurul.demo.lived-months:12}") int livedMonths) {
        this.logging = logging;
        this.engine = engine;
        this.clock = clock;
        this.planner = planner;
        this.meetings = meetings;
        this.users = users;
        this.livedMonths = livedMonths;
    }

    /** The first day lived for a given today: a quarter's preparation day on or before {@code livedMonths} ago. */
    static LocalDate start(LocalDate today, int livedMonths) {
        LocalDate back = today.minusMonths(livedMonths);
        for (YearMonth month = YearMonth.from(back); ; month = month.minusMonths(1)) {
            if (PREPARATION_MONTHS.contains(month.getMonth())) {
                return month.atDay(1);
            }
        }
    }

    boolean living() {
        return living;
    }

    /** What the demo is living now, for the page shown meanwhile ("Mart 2026"). */
    String livingNow() {
        return livingNow;
    }

    /**
     * Lives from the start day to this moment. {@code loadStaff} runs on the start day, so the registry (memberships,
     * the year's liaison list) is in force from then on.
     */
    void live(DemoData data, Runnable loadStaff) {
        ZoneId zone = clock.getZone();
        LocalDateTime today = LocalDateTime.now(clock);
        long offset = clock.millis() - System.currentTimeMillis(); // a configured start (kurul.clock.start) runs on after the life
        LocalDate start = start(today.toLocalDate(), livedMonths);
        JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        boolean executorWasActive = jobExecutor != null && jobExecutor.isActive();
        living = true;
        long began = System.nanoTime();
        log.info("Demo: {} ile {} arası yaşanıyor (ilk açılışta bir kez; ilerleme aşağıda).", start, today.toLocalDate());
        try {
            if (executorWasActive) {
                jobExecutor.shutdown(); // the autopilot runs every job itself, in order, by the moved clock
            }
            // a refused answer (a user's "not yet") is logged by the engine with its stack; the life tries again later
            logging.setLogLevel(ENGINE_CONTEXT, LogLevel.OFF);
            ClockUtil.setCurrentTime(Date.from(start.atStartOfDay(zone).toInstant()));
            retimeStartTimers();
            loadStaff.run();
            users.begin(data, start, today.toLocalDate());
            if (start.getMonth() != Month.DECEMBER) {
                // a province that starts using Kurul mid-year: the administrator plans the rest of the year (POST /api/planning)
                planner.planAll(start.getYear());
            }
            List<Integer> plates = data.provinces().stream().map(DemoData.DemoProvince::plateCode).toList();
            Autopilot pilot = new Autopilot(engine, users.answers(), null).pace(users::readyAt).actingAs(users::userOf)
                    .everyMorning(day -> {
                        users.morning(day);
                        if (day.getDayOfMonth() == 1 && day.isAfter(start)) {
                            progress(plates, YearMonth.from(day.minusDays(1)), began);
                        }
                    });
            for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(today)); month = month.plusMonths(1)) {
                livingNow = MONTH.format(month);
                LocalDate from = month.atDay(1).isBefore(start) ? start : month.atDay(1);
                LocalDateTime until = month.atEndOfMonth().atTime(23, 59).isAfter(today) ? today : month.atEndOfMonth().atTime(23, 59);
                pilot.liveUntil(from, until);
            }
            log.info("Demo hazır: {} görev tamamlandı, {} iş çalıştı ({} s). Bugün {}.", pilot.completedTotal(), pilot.jobsRun(),
                    Duration.ofNanos(System.nanoTime() - began).toSeconds(), today.toLocalDate());
        } catch (RuntimeException e) {
            log.error("Demo yaşatılırken bir adım tamamlanamadı; demo bu noktada kaldı.", e);
        } finally {
            logging.setLogLevel(ENGINE_CONTEXT, null);
            ClockUtil.offset(offset);
            living = false;
            if (executorWasActive) {
                jobExecutor.start();
            }
        }
    }

    /**
     * The timer start events (yearly planning on 1 December, the Ek-3 starter in January) were scheduled when the
     * diagrams were deployed, by today's clock; on the start day they are scheduled again from there.
     */
    private void retimeStartTimers() {
        for (Job job : engine.getManagementService().createJobQuery().timers().list()) {
            if (job.getProcessInstanceId() == null) {
                engine.getManagementService().recalculateJobDuedate(job.getId(), false);
            }
        }
    }

    private void progress(List<Integer> plates, YearMonth month, long began) {
        long held = plates.stream().flatMap(p -> meetings.ofProvince(p).stream())
                .filter(m -> heldIn(m.getMeetingDate(), m.getStatus(), month)).count();
        log.info("Demo: {} yaşandı — {} toplantı yapıldı ({} s).", MONTH.format(month), held,
                Duration.ofNanos(System.nanoTime() - began).toSeconds());
    }

    private static boolean heldIn(LocalDate date, MeetingStatus status, YearMonth month) {
        return date != null && YearMonth.from(date).equals(month)
                && (status == MeetingStatus.HELD || status == MeetingStatus.MINUTES_SIGNED || status == MeetingStatus.CLOSED);
    }
}
