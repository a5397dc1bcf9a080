package tr.gov.goc.kurul.policy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.common.InvalidInputException;

/**
 * The policy numbers of the circular as data (R15.3). A value is looked up "as of" a date: the date a
 * meeting was planned, so a later change never disturbs a cycle already under way.
 */
@Service
public class Policy {

    private final PolicyParameterRepository parameters;

    Policy(PolicyParameterRepository parameters) {
        this.parameters = parameters;
    }

    @Transactional(readOnly = true)
    public String valueAsOf(String name, LocalDate date) {
        return parameters.findFirstByNameAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(name, date)
                .map(PolicyParameter::getValue)
                .orElseThrow(() -> undefined(name, date));
    }

    /**
     * Every value as it stood on a date, read at once: for a caller that needs many of them (the calendar reads
     * fifteen; one query instead of fifteen). The lookup throws for a name without a value on that date.
     */
    @Transactional(readOnly = true)
    public Function<String, String> allAsOf(LocalDate date) {
        Map<String, String> values = new HashMap<>();
        // ordered by date: a later row of the same name replaces the earlier one
        parameters.findByEffectiveFromLessThanEqualOrderByEffectiveFromAsc(date).forEach(p -> values.put(p.getName(), p.getValue()));
        return name -> {
            String value = values.get(name);
            if (value == null) {
                throw undefined(name, date);
            }
            return value;
        };
    }

    private static IllegalStateException undefined(String name, LocalDate date) {
        return new IllegalStateException("Politika parametresi tanımlı değil: " + name + " (" + date + ")");
    }

    public int intAsOf(String name, LocalDate date) {
        return Integer.parseInt(valueAsOf(name, date).trim());
    }

    @Transactional(readOnly = true)
    public List<PolicyParameter> all() {
        return parameters.findAllByOrderByNameAscEffectiveFromAsc();
    }

    /** Sets a value from a date on; an existing value of that name and date is replaced. */
    @Transactional
    public PolicyParameter set(String name, String value, LocalDate effectiveFrom, String description) {
        if (!parameters.existsByName(name)) {
            throw new InvalidInputException("name", "Bilinmeyen politika parametresi: " + name);
        }
        PolicyParameter current = parameters.findFirstByNameAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(name, effectiveFrom)
                .orElseGet(() -> parameters.findAllByOrderByNameAscEffectiveFromAsc().stream()
                        .filter(p -> p.getName().equals(name)).findFirst().orElseThrow());
        PolicyKind.of(current.getValue()).check(name, value);
        return parameters.findByNameAndEffectiveFrom(name, effectiveFrom)
                .map(existing -> {
                    existing.change(value, description);
                    return existing;
                })
                .orElseGet(() -> parameters.save(new PolicyParameter(name, value, effectiveFrom,
                        description != null ? description : current.getDescription())));
    }
}
