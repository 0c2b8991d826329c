package io.customsreview.hub.edi;

/**
 * A syntax error found in an interchange: where (segment position, 0 when before the first segment), in which
 * segment, the UN/EDIFACT syntax error code (data element 0085) and a sentence for people.
 */
final class EdifactSyntaxException extends Exception {

    private final int position;
    private final String segmentTag;
    private final String errorCode;

    EdifactSyntaxException(int position, String segmentTag, String errorCode, String reason) {
        super(reason);
        this.position = position;
        this.segmentTag = segmentTag;
        this.errorCode = errorCode;
    }

    int position() {
        return position;
    }

    String segmentTag() {
        return segmentTag;
    }

    String errorCode() {
        return errorCode;
    }

    /** the reason with its place, as shown in unreadable-document findings */
    String describe() {
        return "segment " + position + (segmentTag.isEmpty() ? "" : " (" + segmentTag + ")") + ": " + getMessage();
    }
}
