package fr.ipe.platform.axon;

import fr.ipe.platform.domain.RuleViolation;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/** Times every command handled, tagged with the command and its outcome (accepted, rejected by a rule, failed). */
public class CommandMetrics implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final MeterRegistry meters;

    public CommandMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
        Timer.Sample sample = Timer.start(meters);
        String outcome = "failed";
        try {
            Object result = chain.proceed();
            outcome = "accepted";
            return result;
        } catch (RuleViolation violation) {
            outcome = "rejected";
            throw violation;
        } finally {
            sample.stop(meters.timer("ipe.commands.handled", "command", command, "outcome", outcome));
        }
    }
}
