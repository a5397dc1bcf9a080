package tr.gov.goc.kurul.identity;

/** What a Kurul group is for; it decides the group's Camunda authorizations. */
enum GroupKind {
    ADMINISTRATORS("SYSTEM"),
    MANAGERS("WORKFLOW"),
    SECRETARIAT("WORKFLOW"),
    CHAIR("WORKFLOW"),
    LIAISON("WORKFLOW");

    private final String camundaType;

    GroupKind(String camundaType) {
        this.camundaType = camundaType;
    }

    String camundaType() {
        return camundaType;
    }
}
