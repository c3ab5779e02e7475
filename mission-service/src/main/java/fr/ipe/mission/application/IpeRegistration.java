package fr.ipe.mission.application;

import fr.ipe.mission.domain.ReferenceCommands.RegisterIpe;
import fr.ipe.mission.query.Identity;
import fr.ipe.mission.query.IdentityVault;
import fr.ipe.mission.query.ReferenceRepository;
import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The association registers an IPE: one transaction in which the IPE's new key commits with its sealed identity, or
 * neither does. An account links one IPE only: the registrations that name an account are serialised by the account's
 * lock and the second finds it taken (409 naming {@code account}), however many arrive at once; the view's unique
 * index stays the last guard, answered the same.
 */
@Service
public class IpeRegistration {

    private final CommandGateway commands;
    private final ReferenceRepository references;
    private final IdentityVault vault;

    public IpeRegistration(CommandGateway commands, ReferenceRepository references, IdentityVault vault) {
        this.commands = commands;
        this.references = references;
        this.vault = vault;
    }

    /** Registers the IPE; answers its id. {@code account} blank or null: no token is linked yet. */
    @Transactional
    public String register(String companySiret, String name, String contact, String account, LocalDate registeredOn) {
        if (references.company(companySiret).isEmpty()) {
            throw RuleViolation.unprocessable("unknown-company", "companySiret",
                    "no member company " + companySiret + " is registered");
        }
        String linked = account == null || account.isBlank() ? null : account.strip();
        if (linked != null) {
            references.lockAccount(linked);
            if (references.ipeOfAccount(linked).isPresent()) {
                throw ReferenceRepository.accountTaken(linked);
            }
        }
        String ipeId = UUID.randomUUID().toString();
        String sealed = vault.seal(ipeId, new Identity(name.strip(), contact.strip(), linked));
        commands.sendAndWait(new RegisterIpe(ipeId, companySiret, sealed, registeredOn));
        return ipeId;
    }
}
