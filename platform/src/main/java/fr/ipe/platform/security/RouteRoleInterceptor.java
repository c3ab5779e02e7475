package fr.ipe.platform.security;

import fr.ipe.platform.web.DocumentedErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Authorization before validation: once a request is matched to its route, and before any argument is read, bound or
 * validated, a caller whose roles the route's rule ({@link RouteRoles}) does not admit is refused with 403. Spring's
 * method security checks the same {@code @PreAuthorize} too, but only after the body was read and validated, which
 * would tell a caller of a route it may not use what its body lacks. An API route that states no rule is refused to
 * everyone: a route without one is a mistake, not an open door.
 */
public class RouteRoleInterceptor implements HandlerInterceptor {

    private final RouteRoles roles;

    public RouteRoleInterceptor(RouteRoles roles) {
        this.roles = roles;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod route) || !DocumentedErrors.isApi(pattern(request))) {
            return true;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean admitted = roles.admits(route, caller).orElseThrow(() -> new AccessDeniedException(
                "this operation states no role that may call it"));
        if (!admitted) {
            List<String> held = caller == null ? List.of() : caller.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5))
                    .toList();
            throw new AccessDeniedException("this operation is for " + String.join(", ", roles.admitted(route))
                    + "; the caller's roles are " + (held.isEmpty() ? "none" : String.join(", ", held)));
        }
        return true;
    }

    private static String pattern(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern == null ? request.getRequestURI() : pattern.toString();
    }
}
