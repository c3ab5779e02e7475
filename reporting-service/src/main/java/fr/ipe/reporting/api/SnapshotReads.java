package fr.ipe.reporting.api;

import fr.ipe.platform.web.ResourceNotFoundException;
import fr.ipe.reporting.query.Rebuilds;
import fr.ipe.reporting.query.ViewGenerations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A query naming {@code ?snapshot=<id>} reads that snapshot's generations of the views instead of the current ones, for
 * the whole request; the controller and its access rules are the same. Unknown: 404; not built yet: 409.
 */
public class SnapshotReads implements HandlerInterceptor {

    public static final String PARAMETER = "snapshot";

    private final Rebuilds rebuilds;

    public SnapshotReads(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String id = request.getParameter(PARAMETER);
        if (id != null && "GET".equals(request.getMethod())) {
            ViewGenerations.readFrom(rebuilds.snapshotGenerations(id)
                    .orElseThrow(() -> new ResourceNotFoundException("snapshot", id)));
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception failure) {
        ViewGenerations.readCurrent();
    }
}
