package fr.ipe.platform.web;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import fr.ipe.platform.domain.RuleViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns every error a controller can meet into an RFC 9457 body that names the field and the rule. */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(RuleViolation.class)
    public ResponseEntity<ProblemDetail> ruleViolation(RuleViolation violation) {
        HttpStatus status = violation.kind() == RuleViolation.Kind.CONFLICT ? HttpStatus.CONFLICT
                : HttpStatus.UNPROCESSABLE_ENTITY;
        return problem(Problems.ofField(status, violation.rule(), "Rule violated: " + violation.rule(),
                violation.field(), violation.getMessage()));
    }

    @ExceptionHandler(ResourceNotFoundException.class)
    public ResponseEntity<ProblemDetail> notFound(ResourceNotFoundException notFound) {
        return problem(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", notFound.getMessage()));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    public ResponseEntity<ProblemDetail> accessDenied(RuntimeException denied) {
        return problem(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", denied.getMessage()));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException invalid) {
        List<Map<String, String>> errors = invalid.getConstraintViolations().stream()
                .map(v -> Problems.fieldError(lastNode(v.getPropertyPath().toString()),
                        ruleName(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()),
                        v.getMessage()))
                .toList();
        return problem(validationProblem(errors));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException mismatch) {
        String expected = mismatch.getRequiredType() == null ? "value" : mismatch.getRequiredType().getSimpleName();
        return problem(Problems.ofField(HttpStatus.BAD_REQUEST, "invalid-format", "Invalid request", mismatch.getName(),
                "must be a valid " + expected));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(e -> Problems.fieldError(e.getField(), ruleName(e.getCode()), e.getDefaultMessage()))
                .collect(Collectors.toList());
        invalid.getBindingResult().getGlobalErrors().forEach(e ->
                errors.add(Problems.fieldError(e.getObjectName(), ruleName(e.getCode()), e.getDefaultMessage())));
        return objectProblem(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = invalid.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> Problems.fieldError(
                        error instanceof FieldError fe ? fe.getField() : result.getMethodParameter().getParameterName(),
                        ruleName(error.getCodes() == null ? "invalid" : error.getCodes()[error.getCodes().length - 1]),
                        error.getDefaultMessage())))
                .toList();
        return objectProblem(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // a broken document: named where the parser stopped, with the rule when Jackson's message tells it
        StreamReadException syntax = causeOf(unreadable, StreamReadException.class);
        String at = syntax != null && syntax.getProcessor() != null
                ? RequestJson.pathOf(syntax.getProcessor().getParsingContext()) : null;
        String message = syntax == null || syntax.getOriginalMessage() == null ? "" : syntax.getOriginalMessage();
        if (at != null && message.startsWith(RequestJson.DUPLICATE_KEY_MESSAGE)) {
            return objectProblem(Problems.ofField(HttpStatus.BAD_REQUEST, RequestJson.DUPLICATE_KEY_RULE,
                    "Invalid request", at, "appears twice in the same object"));
        }
        if (at != null && message.startsWith(RequestJson.INVALID_UTF8_MESSAGE)) {
            return objectProblem(Problems.ofField(HttpStatus.BAD_REQUEST, RequestText.ENCODING_RULE,
                    "Invalid request", at, "must be UTF-8 text (the bytes of a lone surrogate, or a stray byte, are not)"));
        }
        JsonMappingException mapping = causeOf(unreadable, JsonMappingException.class);
        if (mapping != null && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            if (mapping instanceof RejectedInputException rejected) {
                return objectProblem(Problems.ofField(HttpStatus.BAD_REQUEST, rejected.rule(), "Invalid request", field,
                        rejected.getOriginalMessage()));
            }
            String rule = mapping instanceof UnrecognizedPropertyException ? "unknown-field"
                    : mapping instanceof InvalidFormatException || mapping instanceof MismatchedInputException
                            ? "invalid-format" : "unreadable";
            String detail = switch (rule) {
                case "unknown-field" -> "is not a known field";
                case "invalid-format" -> "has an invalid format" + expectedType(mapping);
                default -> "cannot be read";
            };
            return objectProblem(Problems.ofField(HttpStatus.BAD_REQUEST, rule, "Invalid request", field, detail));
        }
        if (at != null) {
            return objectProblem(Problems.ofField(HttpStatus.BAD_REQUEST, "unreadable-body", "Invalid request", at,
                    "The request body is not valid JSON from here on"));
        }
        return objectProblem(Problems.of(HttpStatus.BAD_REQUEST, "unreadable-body", "Invalid request",
                "The request body is missing or is not valid JSON"));
    }

    private static <T extends Throwable> T causeOf(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem && problem.getProperties() == null) {
            String rule = ruleName(HttpStatus.valueOf(statusCode.value()).name());
            problem.setType(Problems.type(rule));
            problem.setProperty("rule", rule);
        }
        return response;
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception unexpected) {
        log.error("Unexpected failure", unexpected);
        return problem(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The request could not be completed; it has been logged"));
    }

    private static ProblemDetail validationProblem(List<Map<String, String>> errors) {
        String detail = errors.stream().map(e -> e.get("field") + ": " + e.get("message"))
                .collect(Collectors.joining("; "));
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid request", detail);
        problem.setProperty("errors", errors);
        if (!errors.isEmpty()) {
            problem.setProperty("field", errors.get(0).get("field"));
        }
        return problem;
    }

    private static String expectedType(JsonMappingException mapping) {
        return mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                ? " (expected " + mismatch.getTargetType().getSimpleName() + ")" : "";
    }

    /** "NotBlank" → "not-blank", "PAYLOAD_TOO_LARGE" → "payload-too-large". */
    static String ruleName(String code) {
        if (code == null) {
            return "invalid";
        }
        return code.replace('_', '-').replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static ResponseEntity<Object> objectProblem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
