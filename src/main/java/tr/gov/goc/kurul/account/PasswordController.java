package tr.gov.goc.kurul.account;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.common.ApiError;
import tr.gov.goc.kurul.common.InvalidInputException;

/**
 * The two calls of the password page ({@code /kurul/parola.html}) that anyone may make without signing in (the API
 * authentication filter lets exactly these two POSTs through): set a password with a link's token, and ask for a new
 * link. JSON only, so a cross-site form cannot send them.
 */
@RestController
@RequestMapping("/api/password")
class PasswordController {

    /** The one answer of "Parolamı unuttum", whether the account exists or not. */
    static final String FORGOT_ANSWER = "Bu kullanıcı adı ya da e-posta adresiyle kayıtlı bir hesap varsa, hesabın e-posta "
            + "adresine bir parola belirleme bağlantısı gönderildi. Birkaç dakika içinde gelmezse istenmeyen (spam) klasörüne "
            + "bakın ya da kurumunuzun Kurul sorumlusuna başvurun.";
    static final String PASSWORD_SET = "Parolanız belirlendi. Artık kullanıcı adınız ve yeni parolanızla Kurul'a girebilirsiniz.";

    private final PasswordLinks links;
    private final ForgottenPasswords forgotten;

    PasswordController(PasswordLinks links, ForgottenPasswords forgotten) {
        this.links = links;
        this.forgotten = forgotten;
    }

    @PostMapping("/set")
    Map<String, String> set(@RequestBody SetPassword body) {
        links.setPassword(body.token(), body.password(), body.passwordRepeat());
        return Map.of("message", PASSWORD_SET);
    }

    @PostMapping("/forgot")
    ResponseEntity<?> forgot(@RequestBody Forgot body, HttpServletRequest request) {
        String login = body.login();
        if (login == null || login.isBlank()) {
            throw new InvalidInputException("login", "Kullanıcı adınızı ya da e-posta adresinizi yazın.");
        }
        if (login.length() > 200) {
            throw new InvalidInputException("login", "En fazla 200 karakter olabilir.");
        }
        ForgottenPasswords.Outcome outcome = forgotten.request(login, request.getRemoteAddr());
        if (!outcome.accepted()) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", String.valueOf(outcome.retryAfterSeconds()))
                    .body(ApiError.of(429, "Çok sayıda istek", "Bu adresten kısa sürede çok sayıda istek geldi. "
                            + ((outcome.retryAfterSeconds() + 59) / 60) + " dakika sonra yeniden deneyin."));
        }
        return ResponseEntity.ok(Map.of("message", FORGOT_ANSWER));
    }

    record SetPassword(String token, String password, String passwordRepeat) {
    }

    record Forgot(String login) {
    }
}
