package tr.gov.goc.kurul.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NonWorkingDayRepository extends JpaRepository<NonWorkingDay, Long> {

    Optional<NonWorkingDay> findByDateAndType(LocalDate date, DayType type);

    List<NonWorkingDay> findByDate(LocalDate date);

    List<NonWorkingDay> findByDateBetweenOrderByDateAsc(LocalDate from, LocalDate to);
}
