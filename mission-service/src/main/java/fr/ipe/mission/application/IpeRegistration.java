package fr.ipe.mission.application;

import fr.ipe.mission.domain.ReferenceCommands.RegisterIpe;
import fr.ipe.mission.query.Identity;
import fr.ipe.mission.query.IdentityVault;
import fr.ipe.mission.query.IpeView;
import fr.ipe.mission.query.ReferenceRepository;
import fr.ipe.platform.application.ExistingAggregates;
import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The association registers an IPE: one transaction in which the IPE's new key commits with its sealed identity, or
 * neither does. Two rules cross aggregates. The IPE's company is a registered member company, read from the companies'
 * view without a lock since a company is never removed (422 naming {@code companySiret}). An account links one IPE
 * only: the registrations that name an account are serialised by the account's lock and the second finds it taken (409
 * naming {@code account}), however many arrive at once; the view's unique index stays the last guard, answered the
 * same here.
 */
@Service
public class IpeRegistration {

    private final ExistingAggregates<IpeView> ipes;
    private final ReferenceRepository references;
    private final IdentityVault vault;
    private final MissionAccess access;

    public IpeRegistration(CommandGateway commands, ReferenceRepository references, IdentityVault vault,
                           MissionAccess access) {
        this.ipes = new ExistingAggregates<>("IPE", commands, references::ipe);
        this.references = references;
        this.vault = vault;
        this.access = access;
    }

    /** Registers the IPE; answers its view. {@code account} blank or null: no token is linked yet. */
    @Transactional
    public IpeView register(String companySiret, String name, String contact, String account,
                            LocalDate registeredOn) {
        access.requireAssociation();
        if (references.company(companySiret).isEmpty()) {
            throw RuleViolation.unprocessable("unknown-company", "companySiret",
                    "no member company " + companySiret + " is registered");
        }
        String linked = account == null || account.isBlank() ? null : account.strip();
        if (linked != null) {
            references.lockAccount(linked);
            if (references.ipeOfAccount(linked).isPresent()) {
                throw accountTaken(linked);
            }
        }
        String ipeId = UUID.randomUUID().toString();
        String sealed = vault.seal(ipeId, new Identity(name.strip(), contact.strip(), linked));
        try {
            return ipes.create(ipeId, new RegisterIpe(ipeId, companySiret, sealed, registeredOn));
        } catch (RuntimeException failure) {
            throw takenOr(failure, linked);
        }
    }

    /** The IPE as the caller may see it ({@link MissionAccess#visible}), or 404. */
    public IpeView visible(String ipeId) {
        return access.visible(ipes.found(ipeId));
    }

    /** 409 on {@code account}: an IPE's token is linked to one record only. */
    private static RuleViolation accountTaken(String account) {
        return RuleViolation.conflict("account-taken", "account", "another IPE is linked to account " + account);
    }

    /** The account's unique index refused the IPE's identity: the account is taken; any other failure as it is. */
    private static RuntimeException takenOr(RuntimeException failure, String account) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DuplicateKeyException && account != null) {
                return accountTaken(account);
            }
        }
        return failure;
    }
}
