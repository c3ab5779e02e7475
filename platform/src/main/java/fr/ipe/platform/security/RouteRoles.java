package fr.ipe.platform.security;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;

/**
 * The roles that may ever call a route: its {@code @PreAuthorize} rule, on the handler method or else on its
 * controller, evaluated with the route's arguments left out. A route's rule therefore names roles only
 * ({@code hasAnyRole(..)}); what depends on the request (the académie, the party a caller acts for) is checked by the
 * service once the request is read. Used before the request is read ({@link RouteRoleInterceptor}) and to publish each
 * operation's roles in the API document.
 */
public class RouteRoles {

    private final MethodSecurityExpressionHandler expressions;
    private final Map<Method, Optional<Expression>> rules = new ConcurrentHashMap<>();

    public RouteRoles(MethodSecurityExpressionHandler expressions) {
        this.expressions = expressions;
    }

    /** Whether {@code caller} may call {@code route}; empty when the route states no rule. */
    public Optional<Boolean> admits(HandlerMethod route, Authentication caller) {
        return rule(route).map(rule -> {
            // the controller (or, in a route not yet resolved, its bean name) without the arguments
            EvaluationContext context = expressions.createEvaluationContext(() -> caller, new SimpleMethodInvocation(
                    route.getBean(), route.getMethod(), new Object[route.getMethod().getParameterCount()]));
            return ExpressionUtils.evaluateAsBoolean(rule, context);
        });
    }

    /** The roles that, each on its own, may call {@code route}; empty when the route states no rule. */
    public List<String> admitted(HandlerMethod route) {
        return Roles.ALL.stream()
                .filter(role -> admits(route, UsernamePasswordAuthenticationToken.authenticated(role, null,
                        AuthorityUtils.createAuthorityList("ROLE_" + role))).orElse(false))
                .toList();
    }

    private Optional<Expression> rule(HandlerMethod route) {
        return rules.computeIfAbsent(route.getMethod(), method -> {
            PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
            if (rule == null) {
                rule = AnnotatedElementUtils.findMergedAnnotation(route.getBeanType(), PreAuthorize.class);
            }
            return Optional.ofNullable(rule).map(found -> expressions.getExpressionParser().parseExpression(found.value()));
        });
    }
}
