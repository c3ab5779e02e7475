package fr.ipe.stagebank.application;

import fr.ipe.contracts.stage.MentorStatus;
import fr.ipe.platform.application.ExistingAggregates;
import fr.ipe.platform.time.BusinessClock;
import fr.ipe.stagebank.domain.MentorCommands.RecordMentoring;
import fr.ipe.stagebank.domain.MentorCommands.RegisterMentor;
import fr.ipe.stagebank.query.MentorView;
import fr.ipe.stagebank.query.MentorViews;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * The mentors of the parrainage and the young people they follow. A mentor follows young people of an établissement of
 * its own académie: that rule crosses to the établissement ({@link RegisteredEtablissements}).
 */
@Component
public class RegisteringMentors {

    /** A mentor by the association's reference: the body of {@code POST /api/stage-bank/mentors}. */
    public interface MentorEntry {
        String academie();

        String reference();

        String companySiret();

        String companyName();

        MentorStatus status();
    }

    private final ExistingAggregates<MentorView> mentors;
    private final RegisteredEtablissements etablissements;
    private final StageBankAccess access;
    private final BusinessClock clock;

    public RegisteringMentors(CommandGateway commands, MentorViews views, RegisteredEtablissements etablissements,
                              StageBankAccess access, BusinessClock clock) {
        this.mentors = new ExistingAggregates<>("mentor", commands, views::find);
        this.etablissements = etablissements;
        this.access = access;
        this.clock = clock;
    }

    public MentorView register(MentorEntry mentor) {
        access.requireOfferEntry(mentor.academie());
        String mentorId = UUID.randomUUID().toString();
        return mentors.create(mentorId, new RegisterMentor(mentorId, mentor.academie(), mentor.reference(),
                mentor.companySiret(), mentor.companyName(), mentor.status(), clock.today()));
    }

    public MentorView visible(String mentorId) {
        return mentors.visible(mentorId, mentor -> access.requireRead(mentor.academie()));
    }

    /** How many young people of établissement {@code uai} the mentor follows in the school year. */
    public MentorView recordMentoring(String mentorId, Long expectedVersion, String uai, String schoolYear,
                                      int youngPeople) {
        return mentors.send(mentorId, expectedVersion, mentor -> access.requireOfferEntry(mentor.academie()),
                (mentor, version) -> {
                    etablissements.ofAcademie("uai", uai, mentor.academie());
                    return new RecordMentoring(mentorId, uai, schoolYear, youngPeople, clock.today(), version);
                });
    }
}
