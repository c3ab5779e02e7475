package fr.ipe.platform.application;

import fr.ipe.platform.web.ResourceNotFoundException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;

/**
 * A write service's way to its existing aggregates, the same in every service: find the aggregate's view (404), check
 * the caller may act on it (403, or 404 where the rule hides it), send the command with the version the caller read
 * ({@code If-Match}: a stale one is refused by the aggregate, 412), and read the view the command left (the service's
 * views are written in the command's own transaction, so it already shows the change).
 *
 * @param <V> the view of the aggregate, which carries its version (a {@link Versioned} view has any If-Match but its
 *            version refused, 412, before the command is sent)
 */
public final class ExistingAggregates<V> {

    private final String kind;
    private final CommandGateway commands;
    private final Function<String, Optional<V>> views;

    /** {@code kind} names the aggregate in a 404 ({@code action}); {@code views} finds its view by id. */
    public ExistingAggregates(String kind, CommandGateway commands, Function<String, Optional<V>> views) {
        this.kind = kind;
        this.commands = commands;
        this.views = views;
    }

    /** The aggregate's view, or 404. */
    public V found(String id) {
        return views.apply(id).orElseThrow(() -> new ResourceNotFoundException(kind, id));
    }

    /** The aggregate's view if {@code mayRead} lets the caller see it (it throws otherwise). */
    public V visible(String id, Consumer<V> mayRead) {
        V view = found(id);
        mayRead.accept(view);
        return view;
    }

    /**
     * Sends the command {@code command} makes of the version expected ({@code null}: any), once {@code mayAct} let
     * the caller act on the aggregate as it is; answers the view the command left.
     */
    public V send(String id, Long expectedVersion, Consumer<V> mayAct, VersionedCommand command) {
        return send(id, expectedVersion, mayAct, (current, version) -> command.apply(version));
    }

    /**
     * As {@link #send(String, Long, Consumer, VersionedCommand)}, for a command made of the view as well: the
     * command of an entity that lives in another aggregate (a placement on its offer), or one that needs what the
     * view says (the aggregate's académie).
     */
    public V send(String id, Long expectedVersion, Consumer<V> mayAct, CommandOnView<V> command) {
        V current = found(id);
        mayAct.accept(current);
        if (expectedVersion != null && current instanceof Versioned versioned
                && expectedVersion != versioned.version()) {
            // the view is written in the commands' own transaction, so its version is the aggregate's: a stale or
            // an unknown If-Match is refused before the command (Axon checks an older one only once the handler has
            // run, so a rule the stale state breaks would answer first)
            throw new ConflictingAggregateVersionException(id, expectedVersion, versioned.version());
        }
        commands.sendAndWait(command.apply(current, expectedVersion));
        return found(id);
    }

    /** Sends a command creating aggregate {@code id}; answers its first view. */
    public V create(String id, Object command) {
        commands.sendAndWait(command);
        return found(id);
    }

    /** The command to send, made of the version the caller expects (null: it read none). */
    @FunctionalInterface
    public interface VersionedCommand {
        Object apply(Long expectedVersion);
    }

    /** The command to send, made of the aggregate's view as it is and of the version the caller expects. */
    @FunctionalInterface
    public interface CommandOnView<V> {
        Object apply(V current, Long expectedVersion);
    }
}
