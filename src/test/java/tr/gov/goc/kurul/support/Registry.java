package tr.gov.goc.kurul.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.stream.StreamSupport;

/** Finds and creates registry records through the API, as an administrator would. */
public final class Registry {

    private final Api admin;

    public Registry(int port) {
        this.admin = Api.as(port, "admin", "admin");
    }

    public Api admin() {
        return admin;
    }

    public JsonNode board(int plateCode, String districtName) {
        return stream(admin.get("/api/boards?province=" + plateCode).json())
                .filter(b -> districtName == null ? b.path("level").asText().equals("PROVINCIAL")
                        : districtName.equals(b.path("districtName").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no board " + plateCode + "/" + districtName));
    }

    public JsonNode institution(int plateCode, String kindCode, Long districtId) {
        String path = "/api/institutions?province=" + plateCode + (districtId == null ? "" : "&district=" + districtId);
        return stream(admin.get(path).json())
                .filter(i -> kindCode.equals(i.path("kindCode").asText()))
                .filter(i -> districtId != null || i.path("districtId").isNull())
                .findFirst().orElseThrow(() -> new AssertionError("no institution " + kindCode));
    }

    public long person(String firstName, String lastName, long institutionId, String username, boolean branchManager) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("firstName", firstName);
        body.put("lastName", lastName);
        body.put("title", branchManager ? "Şube Müdürü" : "Uzman");
        body.put("institutionId", institutionId);
        body.put("username", username);
        body.put("branchManagerLevel", branchManager);
        Api.Response created = admin.post("/api/people", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    public static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
