package fr.ipe.platform.views;

import fr.ipe.platform.views.operations.Snapshots;
import fr.ipe.platform.web.ResourceNotFoundException;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller's {@link ViewReads} parameter the generations its request reads: a snapshot's when the request
 * names {@code ?snapshot=<id>} (404 for an unknown one, 409 while it is being built), the current ones otherwise.
 */
public final class ViewReadsResolver implements HandlerMethodArgumentResolver {

    public static final String PARAMETER = "snapshot";

    private final ViewEngine engine;
    private final Snapshots snapshots;

    public ViewReadsResolver(ViewEngine engine, Snapshots snapshots) {
        this.engine = engine;
        this.snapshots = snapshots;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return ViewReads.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        String id = request.getParameter(PARAMETER);
        if (id == null) {
            return ViewReads.current(engine);
        }
        return ViewReads.snapshot(engine, id, snapshots.generations(id)
                .orElseThrow(() -> new ResourceNotFoundException("snapshot", id)));
    }
}
