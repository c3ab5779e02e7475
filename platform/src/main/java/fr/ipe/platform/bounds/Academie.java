package fr.ipe.platform.bounds;

import fr.ipe.platform.domain.Identifiers;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An académie's slug ({@code lyon}, {@code aix-marseille}): lower-case words joined by hyphens, at most 64 characters,
 * as {@link Identifiers#isAcademieSlug} says. Null is valid: add {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = Identifiers.ACADEMIE_SLUG)
@Size(max = 64)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Academie {

    String message() default "must be an académie's slug such as lyon or aix-marseille";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
