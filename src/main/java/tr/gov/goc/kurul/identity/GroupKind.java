package tr.gov.goc.kurul.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** What a Kurul group is for; it decides the group's Camunda authorizations and what its members may call. */
enum GroupKind {
    ADMINISTRATORS("SYSTEM"),
    MANAGERS("WORKFLOW"),
    SECRETARIAT("WORKFLOW"),
    CHAIR("WORKFLOW"),
    LIAISON("WORKFLOW"),
    /** Board members and deputies: like liaison officers they work only the tasks offered to them. */
    MEMBER("WORKFLOW");

    private final String camundaType;

    GroupKind(String camundaType) {
        this.camundaType = camundaType;
    }

    String camundaType() {
        return camundaType;
    }

    /** The kind of a Kurul group id ({@link GroupIds}); other groups have none. */
    static Optional<GroupKind> ofGroupId(String groupId) {
        if (groupId == null) {
            return Optional.empty();
        }
        if (groupId.equals(GroupIds.ADMINISTRATORS)) {
            return Optional.of(ADMINISTRATORS);
        }
        if (groupId.equals(GroupIds.NATIONAL_MANAGERS)) {
            return Optional.of(MANAGERS);
        }
        if (!(groupId.startsWith("prov-") || groupId.startsWith("dist-"))) {
            return Optional.empty();
        }
        String[] parts = groupId.split("-", 4); // prov, 27, liaison, milli-egitim
        if (parts.length < 3 || !parts[1].chars().allMatch(Character::isDigit) || parts[1].isEmpty()) {
            return Optional.empty();
        }
        return switch (parts[2]) {
            case "secretariat" -> parts.length == 3 ? Optional.of(SECRETARIAT) : Optional.empty();
            case "chair" -> parts.length == 3 ? Optional.of(CHAIR) : Optional.empty();
            case "members" -> parts.length == 3 ? Optional.of(MEMBER) : Optional.empty();
            case "managers" -> parts.length == 3 && parts[0].equals("prov") ? Optional.of(MANAGERS) : Optional.empty();
            case "liaison" -> parts.length == 4 && parts[0].equals("prov") ? Optional.of(LIAISON) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** The kinds of a caller's groups. */
    static Set<GroupKind> of(Collection<String> groupIds) {
        Set<GroupKind> kinds = EnumSet.noneOf(GroupKind.class);
        if (groupIds != null) {
            groupIds.forEach(id -> ofGroupId(id).ifPresent(kinds::add));
        }
        return kinds;
    }
}
