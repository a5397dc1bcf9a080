package tr.gov.goc.kurul.common;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who is calling /api, as the Camunda identity set for this request (by the API authentication filter).
 * Provinces are Camunda tenants named {@code prov-<plate>}.
 */
@Component
public class CurrentUser {

    public static final String TENANT_PREFIX = "prov-";
    public static final String MANAGERS_GROUP = "managers";

    private final IdentityService identityService;

    public CurrentUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    public static String tenantOf(int plateCode) {
        return TENANT_PREFIX + plateCode;
    }

    public String userId() {
        return authentication().getUserId();
    }

    public boolean isAdministrator() {
        return groups().contains(Groups.CAMUNDA_ADMIN);
    }

    public boolean isManager() {
        return groups().contains(MANAGERS_GROUP);
    }

    public Set<String> groupIds() {
        return groups();
    }

    public boolean belongsTo(String groupId) {
        return groups().contains(groupId);
    }

    /** Administrators see every province; everyone else the provinces (tenants) they belong to. */
    public boolean canSeeProvince(int plateCode) {
        return isAdministrator() || tenants().contains(tenantOf(plateCode));
    }

    /**
     * KVKK: people's phones and e-mails (Ek-2) only for those who need them — the administrators, and the
     * secretariat and the chair (chair's office) of the person's province. Group ids as in identity.GroupIds
     * ({@code prov-N-secretariat}, {@code prov-N-chair}); common cannot depend on identity.
     */
    public boolean canSeeContactsOf(Integer plateCode) {
        if (isAdministrator()) {
            return true;
        }
        return plateCode != null && canSeeProvince(plateCode)
                && (belongsTo(TENANT_PREFIX + plateCode + "-secretariat") || belongsTo(TENANT_PREFIX + plateCode + "-chair"));
    }

    /**
     * Who keeps a board's registry (members, deputies, liaison officers, people): administrators; the province's
     * secretariat (İl GİM, R11.1) for the province and its districts; a district's secretariat (İlçe GİM or
     * Kaymakamlık, R11.2) for its own district. Group ids as in identity.GroupIds.
     */
    public boolean keepsRegistryOf(int plateCode, Long districtId) {
        if (isAdministrator()) {
            return true;
        }
        if (!canSeeProvince(plateCode)) {
            return false;
        }
        return belongsTo(TENANT_PREFIX + plateCode + "-secretariat")
                || (districtId != null && belongsTo("dist-" + districtId + "-secretariat"));
    }

    /** Refuses whoever does not keep this province's (or district's) registry with a Turkish 403. */
    public void requireRegistryKeeper(int plateCode, Long districtId) {
        if (!keepsRegistryOf(plateCode, districtId)) {
            throw new ForbiddenException(districtId == null
                    ? "Bu kaydı yalnızca ilin sekreteryası (İl Göç İdaresi Müdürlüğü) ya da sistem yöneticisi değiştirebilir."
                    : "Bu kaydı yalnızca ilçenin ya da ilin sekreteryası ya da sistem yöneticisi değiştirebilir.");
        }
    }

    public Set<Integer> visibleProvinces() {
        return tenants().stream()
                .filter(t -> t.startsWith(TENANT_PREFIX))
                .map(t -> Integer.valueOf(t.substring(TENANT_PREFIX.length())))
                .collect(Collectors.toSet());
    }

    public void requireAdministrator() {
        if (!isAdministrator()) {
            throw new ForbiddenException("Bu işlem için sistem yöneticisi yetkisi gerekir.");
        }
    }

    public void requireProvince(int plateCode) {
        if (!canSeeProvince(plateCode)) {
            throw new ForbiddenException("Bu ilin kayıtlarını görme yetkiniz yok.");
        }
    }

    private Authentication authentication() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null) {
            throw new ForbiddenException("Oturum açmanız gerekir.");
        }
        return authentication;
    }

    private Set<String> groups() {
        List<String> groupIds = authentication().getGroupIds();
        return groupIds == null ? Set.of() : Set.copyOf(groupIds);
    }

    private Set<String> tenants() {
        List<String> tenantIds = authentication().getTenantIds();
        return tenantIds == null ? Set.of() : Set.copyOf(tenantIds);
    }
}
