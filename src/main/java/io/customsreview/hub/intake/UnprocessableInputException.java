package io.customsreview.hub.intake;

/** Input that no retry can fix (bad dossier name, empty dossier...): goes to the dead letter queue at once. */
public class UnprocessableInputException extends IllegalArgumentException {

    public UnprocessableInputException(String message) {
        super(message);
    }
}
