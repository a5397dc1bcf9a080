package tr.gov.goc.kurul.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A stored official holiday or administrative leave day (religious holidays, leave declared ad hoc). At most one
 * entry per date and type: an arife PM holiday and an AM administrative leave on the same date are two entries.
 * The Law 2429 holidays are not stored; {@link FixedHolidays} gives them for any year.
 */
@Entity
@Table(name = "non_working_day")
class NonWorkingDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_type", nullable = false)
    private DayType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_part", nullable = false)
    private DayPart part;

    @Column(nullable = false)
    private String name;

    private String source;

    private String status;

    protected NonWorkingDay() {
    }

    NonWorkingDay(LocalDate date, DayType type, DayPart part, String name, String source, String status) {
        this.date = date;
        this.type = type;
        this.part = part;
        this.name = name;
        this.source = source;
        this.status = status;
    }

    void replace(DayPart part, String name, String source, String status) {
        this.part = part;
        this.name = name;
        this.source = source;
        this.status = status;
    }

    DayOff toDayOff() {
        return new DayOff(date, type, part, name, source, status, false);
    }

    LocalDate getDate() {
        return date;
    }

    DayType getType() {
        return type;
    }
}
