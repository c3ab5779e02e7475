package fr.ipe.convention.api;

import fr.ipe.convention.query.ConventionView;
import fr.ipe.convention.query.ConventionViewRepository;
import fr.ipe.platform.security.AcademieScope;
import fr.ipe.platform.web.ResourceNotFoundException;
import fr.ipe.platform.web.Versions;
import java.util.function.Consumer;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The API's way to an existing convention: find it (404), check the caller may read it or act on it (403), send a
 * command with the version {@code If-Match} expects, and read the view it left (already updated: the view projection
 * runs in the command's transaction).
 */
@Component
class ExistingConventions {

    private final CommandGateway commands;
    private final ConventionViewRepository views;
    private final ConventionAccess access;
    private final AcademieScope scope;

    ExistingConventions(CommandGateway commands, ConventionViewRepository views, ConventionAccess access,
                        AcademieScope scope) {
        this.commands = commands;
        this.views = views;
        this.access = access;
        this.scope = scope;
    }

    /** The convention, if the caller's académie reaches it. */
    ConventionView visible(String conventionId) {
        ConventionView view = found(conventionId);
        scope.requireVisible(view.academie());
        return view;
    }

    /** A command of whoever manages the convention (NATIONAL for those of no académie, its RECTORAT otherwise). */
    ConventionView manage(String conventionId, String ifMatch, Function<Long, Object> command) {
        return send(conventionId, ifMatch, command, current -> access.requireManage(current.kind(), current.academie()));
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

    ConventionView found(String conventionId) {
        return views.find(conventionId).orElseThrow(() -> new ResourceNotFoundException("convention", conventionId));
    }

    private ConventionView send(String conventionId, String ifMatch, Function<Long, Object> command,
                                Consumer<ConventionView> authorize) {
        authorize.accept(found(conventionId));
        commands.sendAndWait(command.apply(Versions.expected(ifMatch)));
        return found(conventionId);
    }
}
