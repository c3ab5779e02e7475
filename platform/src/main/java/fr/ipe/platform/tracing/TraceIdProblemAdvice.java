package fr.ipe.platform.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/** Every problem a servlet service answers names its trace, so the error can be followed in the logs of each hop. */
@RestControllerAdvice
public class TraceIdProblemAdvice implements ResponseBodyAdvice<Object> {

    private final Tracer tracer;

    public TraceIdProblemAdvice(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        Span span = tracer.currentSpan();
        String traceId = span == null ? null : span.context().traceId();
        if (body instanceof ProblemDetail problem && traceId != null && !traceId.isEmpty()
                && (problem.getProperties() == null || !problem.getProperties().containsKey("traceId"))) {
            problem.setProperty("traceId", traceId);
        }
        return body;
    }
}
