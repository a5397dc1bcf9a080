package tr.gov.goc.kurul.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.common.PlainText;
import tr.gov.goc.kurul.common.CurrentUser;

/** R15.3: administrators read and change the policy numbers. */
@RestController
@RequestMapping("/api/policy-parameters")
class PolicyController {

    private final Policy policy;
    private final CurrentUser currentUser;

    PolicyController(Policy policy, CurrentUser currentUser) {
        this.policy = policy;
        this.currentUser = currentUser;
    }

    @GetMapping
    List<PolicyParameterView> all() {
        return policy.all().stream().map(PolicyParameterView::of).toList();
    }

    @PutMapping("/{name}")
    PolicyParameterView set(@PathVariable String name, @Valid @RequestBody PolicyChange change) {
        currentUser.requireAdministrator();
        return PolicyParameterView.of(policy.set(name, change.value(), change.effectiveFrom(), change.description()));
    }

    record PolicyChange(
            @NotBlank(message = "Değer zorunludur.") @Size(max = 200, message = "En fazla 200 karakter olabilir.") @PlainText String value,
            @NotNull(message = "Geçerlilik başlangıcı (effectiveFrom) zorunludur.") LocalDate effectiveFrom,
            @Size(max = 500, message = "En fazla 500 karakter olabilir.") @PlainText String description) {
    }

    record PolicyParameterView(String name, String value, LocalDate effectiveFrom, String description) {
        static PolicyParameterView of(PolicyParameter p) {
            return new PolicyParameterView(p.getName(), p.getValue(), p.getEffectiveFrom(), p.getDescription());
        }
    }
}
