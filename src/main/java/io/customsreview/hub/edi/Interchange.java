package io.customsreview.hub.edi;

import java.util.List;

/**
 * An interchange as received: the envelope (UNB) and its messages. {@code error} is set when the interchange as a
 * whole is rejected (bad envelope, truncation); a message with an error of its own is rejected alone.
 */
record Interchange(String syntaxId, String sender, String recipient, String controlReference, char decimalMark,
                   List<EdifactMessage> messages, EdifactSyntaxException error) {

    boolean accepted() {
        return error == null && messages.stream().allMatch(m -> m.error() == null);
    }
}
