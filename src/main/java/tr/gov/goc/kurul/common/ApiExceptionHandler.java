package tr.gov.goc.kurul.common;

import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every failure of an /api call into a Turkish JSON answer; a stack trace never leaves the server. */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return answer(HttpStatus.NOT_FOUND, "Bulunamadı", e.getMessage(), Map.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
        return answer(HttpStatus.NOT_FOUND, "Bulunamadı", "İstenen adres bulunamadı.", Map.of());
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ApiError> forbidden(ForbiddenException e) {
        return answer(HttpStatus.FORBIDDEN, "Yetkisiz işlem", e.getMessage(), Map.of());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> invalid(InvalidInputException e) {
        Map<String, String> fields = e.field() == null ? Map.of() : Map.of(e.field(), e.getMessage());
        return answer(HttpStatus.BAD_REQUEST, "Geçersiz istek", e.getMessage(), fields);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> beanValidation(MethodArgumentNotValidException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            // several violations of one field come in no fixed order: answer the same one every time
            fields.merge(error.getField(), String.valueOf(error.getDefaultMessage()), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        String first = fields.entrySet().stream().findFirst()
                .map(f -> f.getKey() + ": " + f.getValue()).orElse("Gönderilen bilgiler geçerli değil.");
        return answer(HttpStatus.BAD_REQUEST, "Geçersiz istek", first, fields);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ApiError> constraint(ConstraintViolationException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        e.getConstraintViolations().forEach(v -> fields.putIfAbsent(lastNode(v.getPropertyPath().toString()), v.getMessage()));
        String first = fields.entrySet().stream().findFirst()
                .map(f -> f.getKey() + ": " + f.getValue()).orElse("Gönderilen bilgiler geçerli değil.");
        return answer(HttpStatus.BAD_REQUEST, "Geçersiz istek", first, fields);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        String message = "'" + e.getName() + "' alanının değeri geçersiz: " + abbreviate(String.valueOf(e.getValue()));
        return answer(HttpStatus.BAD_REQUEST, "Geçersiz istek", message, Map.of(e.getName(), message));
    }

    /** An upload over spring.servlet.multipart.max-file-size (the registry's spreadsheets). */
    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(org.springframework.web.multipart.MaxUploadSizeExceededException e) {
        String message = "Dosya çok büyük: en fazla 2 MB yüklenebilir.";
        return answer(HttpStatus.PAYLOAD_TOO_LARGE, "Dosya çok büyük", message, Map.of("file", message));
    }

    @ExceptionHandler(org.springframework.web.multipart.support.MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(org.springframework.web.multipart.support.MissingServletRequestPartException e) {
        String message = "Yüklenecek dosyayı seçin.";
        return answer(HttpStatus.BAD_REQUEST, "Geçersiz istek", message, Map.of(e.getRequestPartName(), message));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        String message = "'" + e.getParameterName() + "' alanı zorunludur.";
        return answer(HttpStatus.BAD_REQUEST, "Geçersiz istek", message, Map.of(e.getParameterName(), message));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return answer(HttpStatus.BAD_REQUEST, "Geçersiz istek",
                "İstek gövdesi okunamadı: geçerli bir JSON ve doğru türde değerler gönderin.", Map.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return answer(HttpStatus.METHOD_NOT_ALLOWED, "Desteklenmeyen işlem",
                "Bu adres " + e.getMethod() + " isteğini desteklemiyor.", Map.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Desteklenmeyen içerik",
                "İstek gövdesi application/json olmalıdır.", Map.of());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ApiError> concurrentChange(OptimisticLockingFailureException e) {
        return answer(HttpStatus.CONFLICT, "Çakışma",
                "Kayıt siz düzenlerken başka biri tarafından değiştirildi. Sayfayı yenileyip yeniden deneyin.", Map.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ApiError> integrity(DataIntegrityViolationException e) {
        log.info("Veri bütünlüğü ihlali: {}", e.getMostSpecificCause().getMessage());
        return answer(HttpStatus.CONFLICT, "Çakışma",
                "Bu kayıt mevcut kayıtlarla çelişiyor (aynı kayıt zaten var ya da başka kayıtlar buna bağlı).", Map.of());
    }

    /** A form's server-side check refused a task completion: the engine wraps it; answer the Turkish message. */
    @ExceptionHandler(org.camunda.bpm.engine.ProcessEngineException.class)
    ResponseEntity<ApiError> engine(org.camunda.bpm.engine.ProcessEngineException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TaskInputException input) {
                return answer(HttpStatus.BAD_REQUEST, "Geçersiz form", input.getMessage(), Map.of());
            }
            if (cause instanceof org.camunda.bpm.engine.OptimisticLockingException
                    || cause instanceof OptimisticLockingFailureException
                    || cause instanceof DataIntegrityViolationException
                    || cause instanceof org.hibernate.exception.ConstraintViolationException) {
                // two people finished the same task (principal and substitute) or edited the same record at once
                return answer(HttpStatus.CONFLICT, "Çakışma", "Bu kayıt ya da görev az önce başka bir kullanıcı tarafından "
                        + "değiştirildi veya tamamlandı. Sayfayı yenileyin; girdiğiniz bilgiler kaydedilmedi.", Map.of());
            }
            if (cause instanceof org.camunda.bpm.engine.exception.NullValueException
                    && String.valueOf(cause.getMessage()).contains("task")) {
                return answer(HttpStatus.CONFLICT, "Çakışma", "Bu görev az önce başka bir kullanıcı tarafından tamamlandı. "
                        + "Görev listenizi yenileyin; girdiğiniz bilgiler kaydedilmedi.", Map.of());
            }
        }
        return unexpected(e);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("Beklenmeyen hata", e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "Sunucu hatası",
                "Beklenmeyen bir hata oluştu. Sorun sürerse sistem yöneticisine başvurun.", Map.of());
    }

    private static ResponseEntity<ApiError> answer(HttpStatus status, String error, String message, Map<String, String> fields) {
        // JSON whatever the client accepts (an iCalendar client sends Accept: text/calendar)
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(status.value(), error, message, fields));
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
