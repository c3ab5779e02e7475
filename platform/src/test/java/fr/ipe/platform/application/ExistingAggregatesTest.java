package fr.ipe.platform.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fr.ipe.platform.web.ResourceNotFoundException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Find (404), may act (403), send with the version expected, answer the view the command left. */
class ExistingAggregatesTest {

    /** A placement lives in its offer: its commands name the offer, found through the placement's view. */
    record Placement(String placementId, String offerId, String academie, long version) {
    }

    record Confirm(String offerId, String placementId, Long expectedVersion) {
    }

    final CommandGateway commands = mock(CommandGateway.class);
    final Map<String, Placement> views = new HashMap<>(Map.of("p1", new Placement("p1", "o1", "lyon", 3)));
    final ExistingAggregates<Placement> placements = new ExistingAggregates<>("placement", commands,
            id -> Optional.ofNullable(views.get(id)));

    @Test
    void sendsTheCommandMadeOfTheViewAndTheVersionExpectedAndAnswersTheViewItLeft() {
        when(commands.sendAndWait(any())).thenAnswer(call -> {
            views.put("p1", new Placement("p1", "o1", "lyon", 4));
            return 4L;
        });

        Placement answered = placements.send("p1", 3L, placement -> { },
                (placement, version) -> new Confirm(placement.offerId(), placement.placementId(), version));

        verify(commands).sendAndWait(new Confirm("o1", "p1", 3L));
        assertThat(answered.version()).isEqualTo(4);
    }

    @Test
    void sendsNothingWhenTheAggregateIsMissingOrTheCallerMayNotAct() {
        assertThatThrownBy(() -> placements.send("p2", null, placement -> { }, version -> "anything"))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> placements.send("p1", null, placement -> {
            throw new AccessDeniedException("another académie");
        }, (placement, version) -> "anything")).isInstanceOf(AccessDeniedException.class);
        verify(commands, never()).sendAndWait(any());
    }
}
