package tr.gov.goc.kurul.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser-like session of the Camunda webapps: the XSRF cookie, the form login, then calls with the session. */
public final class WebappSession {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    private WebappSession(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Logs in to Tasklist as a user would; fails if the login is refused. */
    public static WebappSession login(int port, String user, String password) {
        WebappSession session = new WebappSession(port);
        session.send("GET", "/camunda/app/tasklist/", null, null);
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        Api.Response login = session.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist", form,
                "application/x-www-form-urlencoded");
        if (login.status() != 200) {
            throw new AssertionError("Tasklist login refused for " + user + ": " + login);
        }
        // as the browser does next: the first call after the login hands out the session's new XSRF token
        session.send("GET", "/camunda/api/admin/auth/user/default", null, null);
        return session;
    }

    public Api.Response get(String path) {
        return send("GET", path, null, null);
    }

    public Api.Response postJson(String path, String json, boolean withXsrfHeader) {
        return send("POST", path, json, "application/json", withXsrfHeader);
    }

    /** A POST as Tasklist makes it for a filter's list: HAL answer (tasks with their embedded resources). */
    public Api.Response postForHal(String path, String json) {
        return send("POST", path, json, "application/json", true, "application/hal+json");
    }

    /** Any call with a JSON body (or none), with the XSRF header as the webapps send it. */
    public Api.Response send(String method, String path, String json) {
        return send(method, path, json, json == null ? null : "application/json", true);
    }

    public JsonNode json(String path) {
        try {
            return JSON.readTree(get(path).body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Api.Response send(String method, String path, String body, String contentType) {
        return send(method, path, body, contentType, true);
    }

    private Api.Response send(String method, String path, String body, String contentType, boolean withXsrfHeader) {
        return send(method, path, body, contentType, withXsrfHeader, "application/json, text/plain, */*");
    }

    private Api.Response send(String method, String path, String body, String contentType, boolean withXsrfHeader, String accept) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", accept);
            String token = xsrfToken();
            if (withXsrfHeader && token != null) {
                request.header("X-XSRF-TOKEN", token);
            }
            if (body != null) {
                request.header("Content-Type", contentType);
                request.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Api.Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String xsrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }
}
