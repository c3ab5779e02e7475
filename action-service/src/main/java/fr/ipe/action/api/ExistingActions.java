package fr.ipe.action.api;

import fr.ipe.action.query.ActionView;
import fr.ipe.action.query.ActionViewRepository;
import fr.ipe.platform.web.ResourceNotFoundException;
import fr.ipe.platform.web.Versions;
import java.util.function.Consumer;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The API's way to an existing action: find it (404), check the caller may act on it (403), send the command with the
 * version {@code If-Match} expects, and read the view it left (already updated, in the command's transaction).
 */
@Component
class ExistingActions {

    private final CommandGateway commands;
    private final ActionViewRepository views;
    private final ActionAccess access;

    ExistingActions(CommandGateway commands, ActionViewRepository views, ActionAccess access) {
        this.commands = commands;
        this.views = views;
        this.access = access;
    }

    ActionView visible(String actionId) {
        ActionView view = found(actionId);
        access.requireRead(view.academie());
        return view;
    }

    ActionView record(String actionId, String ifMatch, Function<Long, Object> command) {
        return send(actionId, ifMatch, command, view -> access.requireRecord(view.academie()));
    }

    ActionView validate(String actionId, String ifMatch, Function<Long, Object> command) {
        return send(actionId, ifMatch, command, view -> access.requireValidate(view.academie()));
    }

    static ResponseEntity<ActionView> answer(ActionView view) {
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
    }

    ActionView found(String actionId) {
        return views.find(actionId).orElseThrow(() -> new ResourceNotFoundException("action", actionId));
    }

    private ActionView send(String actionId, String ifMatch, Function<Long, Object> command,
                            Consumer<ActionView> authorize) {
        authorize.accept(found(actionId));
        commands.sendAndWait(command.apply(Versions.expected(ifMatch)));
        return found(actionId);
    }
}
