package tr.gov.goc.kurul.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a plain Turkish explanation instead of a stack trace when the administrator password is missing. */
class MissingAdministratorPasswordFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdministratorPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingAdministratorPasswordException cause) {
        return new FailureAnalysis(MissingAdministratorPasswordException.MESSAGE,
                "Örnek: KURUL_ADMIN_PASSWORD='güçlü-bir-parola' DB_URL=... DB_USER=... DB_PASSWORD=... "
                        + "java -jar kurul.jar --spring.profiles.active=mariadb", cause);
    }
}
