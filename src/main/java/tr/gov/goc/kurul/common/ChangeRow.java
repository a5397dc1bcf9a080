package tr.gov.goc.kurul.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * One row of a registry page's change history (Değişiklik geçmişi): when (dd.MM.yyyy HH:mm, Kurul's time zone),
 * who, and what changed, old → new, in Turkish.
 */
public record ChangeRow(long revision, Instant at, String when, String who, String what) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    public static ChangeRow of(RegistryRevision revision, ZoneId zone, String what) {
        String who = revision.getUsername() == null ? Actors.SYSTEM : revision.getUsername();
        return new ChangeRow(revision.getId(), revision.getChangedAt(),
                WHEN.format(revision.getChangedAt().atZone(zone)), who, what);
    }

    /** "—" for an empty value. */
    public static String shown(Object value) {
        if (value == null || value.toString().isBlank()) {
            return "—";
        }
        if (value instanceof Boolean b) {
            return b ? "Evet" : "Hayır";
        }
        if (value instanceof java.time.LocalDate d) {
            return TurkishDates.format(d);
        }
        return value.toString();
    }

    /** Collects "Label: old → new" for the fields that differ between two states of an entity. */
    public static final class Diff<T> {

        private final T before;
        private final T after;
        private final StringJoiner changes = new StringJoiner("; ");

        public Diff(T before, T after) {
            this.before = before;
            this.after = after;
        }

        public Diff<T> field(String label, Function<T, ?> value) {
            Object old = value.apply(before);
            Object now = value.apply(after);
            if (!Objects.equals(normal(old), normal(now))) {
                changes.add(label + ": " + shown(old) + " → " + shown(now));
            }
            return this;
        }

        /** A field whose values the reader may not see (KVKK): only that it changed. */
        public Diff<T> hiddenField(String label, Function<T, ?> value) {
            if (!Objects.equals(normal(value.apply(before)), normal(value.apply(after)))) {
                changes.add(label + " değişti");
            }
            return this;
        }

        public boolean isEmpty() {
            return changes.length() == 0;
        }

        @Override
        public String toString() {
            return changes.toString();
        }

        private static Object normal(Object value) {
            if (value == null || value.toString().isBlank()) {
                return null;
            }
            return value instanceof Collection<?> c ? c.toString() : value;
        }
    }
}
