package fr.ipe.mission.domain;

import fr.ipe.contracts.mission.IpeRegistered;
import fr.ipe.contracts.mission.MemberCompanyRegistered;
import fr.ipe.contracts.mission.NationalPrioritiesAdopted;
import fr.ipe.contracts.mission.NationalPriority;
import fr.ipe.mission.domain.IdentityEvents.IpeIdentityErased;
import fr.ipe.mission.domain.IdentityEvents.IpeIdentityRecorded;
import fr.ipe.mission.domain.NeedCommands.PostNeed;
import fr.ipe.mission.domain.ReferenceCommands.AdoptNationalPriorities;
import fr.ipe.mission.domain.ReferenceCommands.EraseIpeIdentity;
import fr.ipe.mission.domain.ReferenceCommands.RegisterIpe;
import fr.ipe.mission.domain.ReferenceCommands.RegisterMemberCompany;
import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** The rules of the reference data and the actors, each accepted and refused. */
class ReferenceDataTest {

    static final LocalDate ON = LocalDate.of(2007, 2, 8);

    @Test
    void aMemberCompanyNeedsAValidSiret() {
        var fixture = new AggregateTestFixture<>(MemberCompany.class);
        fixture.givenNoPriorActivity().when(new RegisterMemberCompany("55208131766522", " Aéro-Sud ", ON))
                .expectEvents(new MemberCompanyRegistered("55208131766522", "Aéro-Sud", ON));
        fixture.givenNoPriorActivity().when(new RegisterMemberCompany("55208131766523", "Aéro-Sud", ON))
                .expectException(MissionNeedTest.field("siret"));
    }

    @Test
    void thePrioritiesAreAdoptedOnTheProposalWithUniqueCodes() {
        var fixture = new AggregateTestFixture<>(NationalPriorities.class);
        List<NationalPriority> priorities = List.of(new NationalPriority("egalite-des-chances", "Égalité des chances"));
        fixture.givenNoPriorActivity().when(new AdoptNationalPriorities("priorities-2007", 2007, priorities,
                        LocalDate.of(2007, 1, 15), ON))
                .expectEvents(new NationalPrioritiesAdopted(2007, priorities, LocalDate.of(2007, 1, 15), ON));
        fixture.givenNoPriorActivity().when(new AdoptNationalPriorities("priorities-2007", 2007, priorities,
                        LocalDate.of(2007, 3, 1), ON))
                .expectException(MissionNeedTest.field("adoptedOn"));
        fixture.givenNoPriorActivity().when(new AdoptNationalPriorities("priorities-2007", 2007,
                        List.of(priorities.get(0), priorities.get(0)), LocalDate.of(2007, 1, 15), ON))
                .expectException(MissionNeedTest.rule("duplicate-priority"));
    }

    @Test
    void aNeedNamesAPriorityTheBoardAdopted() {
        var fixture = new AggregateTestFixture<>(MissionNeed.class);
        fixture.givenNoPriorActivity().when(new PostNeed("n-1", "lyon", "T", "P", List.of("tic"), 2007,
                        "egalite-des-chances", false, true, "Interface", LocalDate.of(2007, 4, 2)))
                .expectException(MissionNeedTest.rule("unknown-priority"));
        fixture.givenNoPriorActivity().when(new PostNeed("n-1", "lyon", "T", "P", List.of("tic"), 2007,
                        "egalite-des-chances", true, true, "Interface", LocalDate.of(2007, 4, 2)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theIpesPersonalDataAreErasedOnceTheRetentionPeriodIsOver() {
        var fixture = new AggregateTestFixture<>(Ipe.class);
        IpeRegistered registered = new IpeRegistered("i-1", "55208131766522", ON);
        IpeIdentityRecorded identity = new IpeIdentityRecorded("i-1", "c2VhbGVk");
        LocalDate lastDay = LocalDate.of(2010, 8, 31);
        fixture.given(registered, identity)
                .when(new EraseIpeIdentity("i-1", LocalDate.of(2015, 8, 31), lastDay, false, false, null))
                .expectEvents(new IpeIdentityErased("i-1", LocalDate.of(2015, 8, 31)));
        fixture.given(registered, identity)
                .when(new EraseIpeIdentity("i-1", LocalDate.of(2015, 8, 30), lastDay, false, false, null))
                .expectException(MissionNeedTest.rule("retention-not-over"));
        fixture.given(registered, identity)
                .when(new EraseIpeIdentity("i-1", LocalDate.of(2026, 1, 5), lastDay, true, false, null))
                .expectException(RuleViolation.class);
        fixture.given(registered, identity, new IpeIdentityErased("i-1", LocalDate.of(2016, 1, 4)))
                .when(new EraseIpeIdentity("i-1", LocalDate.of(2026, 1, 5), lastDay, false, false, null))
                .expectException(MissionNeedTest.rule("already-erased"));
        fixture.givenNoPriorActivity()
                .when(new RegisterIpe("i-1", "55208131766522", "c2VhbGVk", ON))
                .expectEvents(registered, identity);
    }
}
