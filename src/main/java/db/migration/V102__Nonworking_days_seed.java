package db.migration;

import java.sql.Date;
import java.sql.PreparedStatement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tr.gov.goc.kurul.calendar.DayOff;
import tr.gov.goc.kurul.calendar.NonWorkingDaysCsv;

/**
 * Seeds {@code non_working_day} from {@code db/data/tr-nonworking-days-2023-2028.csv} (religious holidays,
 * arife afternoons, administrative leave of 2023–2028). The CSV's Law 2429 rows are skipped: the calendar knows them
 * by rule for every year.
 */
public class V102__Nonworking_days_seed extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String sql = "INSERT INTO non_working_day (entry_date, day_type, day_part, name, source, status) VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = context.getConnection().prepareStatement(sql)) {
            for (DayOff row : NonWorkingDaysCsv.storedRows()) {
                insert.setDate(1, Date.valueOf(row.date()));
                insert.setString(2, row.type().name());
                insert.setString(3, row.part().name());
                insert.setString(4, row.name());
                insert.setString(5, row.source());
                insert.setString(6, row.status());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
