package fr.ipe.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON value that is well-formed but breaks an input rule of the platform; answered 400 with its rule and path. */
public class RejectedInputException extends MismatchedInputException {

    private final String rule;

    public RejectedInputException(JsonParser parser, Class<?> targetType, String rule, String message) {
        super(parser, message, targetType);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
