package tr.gov.goc.kurul.policy;

import tr.gov.goc.kurul.common.InvalidInputException;

/** A new value must have the shape of the old one: a whole number stays a non-negative whole number, a list a list. */
enum PolicyKind {
    NUMBER, LIST;

    static PolicyKind of(String existingValue) {
        return existingValue.trim().matches("\\d+") ? NUMBER : LIST;
    }

    void check(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("value", "Parametre değeri boş olamaz: " + name);
        }
        if (this == NUMBER && !value.trim().matches("\\d{1,9}")) {
            throw new InvalidInputException("value", "'" + name + "' için sıfır ya da pozitif bir tam sayı girin.");
        }
        if (this == LIST && !value.trim().matches("[0-9A-Za-z_\\-]+(\\s*,\\s*[0-9A-Za-z_\\-]+)*")) {
            throw new InvalidInputException("value", "'" + name + "' için virgülle ayrılmış bir değer listesi girin.");
        }
    }
}
