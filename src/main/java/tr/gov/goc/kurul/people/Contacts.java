package tr.gov.goc.kurul.people;

/** KVKK: what others see of a person's phone and e-mail (see CurrentUser#canSeeContactsOf). */
final class Contacts {

    private Contacts() {
    }

    /** "0342 123 45 67" → "0342 *** ** 67"; "ali@x.gov.tr" → "a***@x.gov.tr": enough to recognise, not to use. */
    static String masked(String contact) {
        if (contact == null || contact.isBlank()) {
            return contact;
        }
        int at = contact.indexOf('@');
        if (at > 0) {
            return contact.charAt(0) + "***" + contact.substring(at);
        }
        StringBuilder out = new StringBuilder();
        int digits = (int) contact.chars().filter(Character::isDigit).count();
        int seen = 0;
        for (char c : contact.toCharArray()) {
            if (Character.isDigit(c)) {
                seen++;
                out.append(seen <= 4 || seen > digits - 2 ? c : '*');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

}
