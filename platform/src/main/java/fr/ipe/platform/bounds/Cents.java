package fr.ipe.platform.bounds;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An amount in euro cents: 0..{@link Bounds#MAX_CENTS} (100 billion euros). Null is valid: add {@code @NotNull}. */
@Documented
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@PositiveOrZero
@Max(Bounds.MAX_CENTS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Cents {

    String message() default "must be an amount in euro cents within 0.." + Bounds.MAX_CENTS;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
