package fr.ipe.convention.api;

import fr.ipe.convention.query.ConventionView;
import fr.ipe.convention.query.ConventionViews;
import fr.ipe.platform.web.Versions;
import java.util.function.Consumer;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The path of every command on an existing convention: find it (404), check the caller may act on it (403), send the
 * command with the version {@code If-Match} expects, and read the view it left (already updated: the view projection
 * runs in the command's transaction).
 */
@Component
class ConventionCommands {

    private final CommandGateway commands;
    private final ConventionViews views;
    private final ConventionAccess access;

    ConventionCommands(CommandGateway commands, ConventionViews views, ConventionAccess access) {
        this.commands = commands;
        this.views = views;
        this.access = access;
    }

    /** A command of whoever manages the convention (NATIONAL for the national one, its RECTORAT otherwise). */
    ConventionView manage(String conventionId, String ifMatch, Function<Long, Object> command) {
        return send(conventionId, ifMatch, command,
                current -> access.requireManage(current.kind(), current.academie()));
    }

    /** A duty of the association on the national convention, which the ministry may also record. */
    ConventionView associationOrManage(String conventionId, String ifMatch, Function<Long, Object> command) {
        return send(conventionId, ifMatch, command,
                current -> access.requireAssociationOrManage(current.kind(), current.academie()));
    }

    /** 200 with {@code body} and the convention's new version as the ETag. */
    static <T> ResponseEntity<T> answer(ConventionView view, T body) {
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(body);
    }

    private ConventionView send(String conventionId, String ifMatch, Function<Long, Object> command,
                                Consumer<ConventionView> authorize) {
        authorize.accept(views.existing(conventionId));
        commands.sendAndWait(command.apply(Versions.expected(ifMatch)));
        return views.existing(conventionId);
    }
}
