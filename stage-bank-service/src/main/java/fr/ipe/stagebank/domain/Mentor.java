package fr.ipe.stagebank.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.ipe.contracts.stage.MentorRegistered;
import fr.ipe.contracts.stage.MentoringRecorded;
import fr.ipe.platform.domain.Identifiers;
import fr.ipe.platform.domain.RuleViolation;
import fr.ipe.platform.domain.Siret;
import fr.ipe.stagebank.domain.MentorCommands.RecordMentoring;
import fr.ipe.stagebank.domain.MentorCommands.RegisterMentor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A mentor of the "parrainage" operation (2000): a volunteer from a company, active or retired, who helps young people
 * of an établissement find a stage or a first job; the bank keeps how many young people they follow, per
 * établissement and school year, never who.
 */
@Aggregate
public class Mentor {

    /** A mentor follows a handful of young people; beyond, the figure is a typing error. */
    static final int MAX_YOUNG_PEOPLE = 50;

    /**
     * The association's reference for a mentor, such as {@code IPE-PAR-2009-017}: capitals, digits and {@code - . /},
     * at least one digit, so that it cannot be a name. The bank keeps a pseudonym only; the person behind it is known
     * to the association alone, and erasing them there leaves the bank's records (events included) unlinkable.
     */
    public static final String REFERENCE = "(?=.*[0-9])[A-Z0-9][A-Z0-9./-]{1,99}";

    @AggregateIdentifier
    private String mentorId;
    private String academie;

    protected Mentor() {
        // for Axon
    }

    @CommandHandler
    public Mentor(RegisterMentor command) {
        if (command.companySiret() != null && !Siret.isValid(command.companySiret())) {
            throw RuleViolation.unprocessable("siret", "companySiret", "not a valid SIRET: " + command.companySiret());
        }
        if (command.reference() == null || !command.reference().strip().matches(REFERENCE)) {
            throw RuleViolation.unprocessable("mentor-reference", "reference", "a mentor is known by the "
                    + "association's reference, such as IPE-PAR-2009-017 (capitals, digits and - . /, at least one "
                    + "digit), never by name");
        }
        if (command.status() == null) {
            throw RuleViolation.unprocessable("mentor-status", "status", "a mentor is ACTIVE or RETIRED");
        }
        apply(new MentorRegistered(command.mentorId(), command.academie(), command.reference().strip(),
                command.companySiret(), command.companyName() == null ? null : command.companyName().strip(),
                command.status(), command.on()));
    }

    @CommandHandler
    public long handle(RecordMentoring command) {
        if (!Identifiers.isCheckedUai(command.uai())) {
            throw RuleViolation.unprocessable("uai", "uai", "a UAI is 7 digits and their check letter");
        }
        if (command.youngPeople() < 0 || command.youngPeople() > MAX_YOUNG_PEOPLE) {
            throw RuleViolation.unprocessable("young-people", "youngPeople", "a mentor follows 0 to "
                    + MAX_YOUNG_PEOPLE + " young people of an établissement");
        }
        String year = CommitmentYears.schoolYear("schoolYear", command.schoolYear()).label();
        apply(new MentoringRecorded(mentorId, academie, command.uai(), year, command.youngPeople(), command.on()));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(MentorRegistered event) {
        mentorId = event.mentorId();
        academie = event.academie();
    }
}
