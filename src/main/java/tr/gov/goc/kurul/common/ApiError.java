package tr.gov.goc.kurul.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** The body of every error answer of /api: a Turkish message, and per-field messages where known. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(int status, String error, String message, Map<String, String> fields) {

    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, Map.of());
    }
}
