package tr.gov.goc.kurul.identity;

/** Thrown at start-up of the production profile when KURUL_ADMIN_PASSWORD is not set. */
public class MissingAdministratorPasswordException extends RuntimeException {

    public static final String MESSAGE =
            "Yönetici parolası tanımlı değil: 'mariadb' profiliyle çalıştırmak için KURUL_ADMIN_PASSWORD ortam değişkenini verin.";

    MissingAdministratorPasswordException() {
        super(MESSAGE);
    }
}
