package io.customsreview.hub.edi;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits an interchange into segments (UNA service characters or the defaults, release character, byte-order mark,
 * line breaks and indentation between segments) and checks its envelope: UNB/UNZ and UNH/UNT references and control
 * counts. Every error names the segment position, so that CONTRL can report it. Bounded: a segment longer than
 * {@link #MAX_SEGMENT_CHARS} or more than {@link #MAX_SEGMENTS} segments reject the interchange instead of growing
 * memory.
 */
final class EdifactSyntax {

    static final int MAX_SEGMENT_CHARS = 20_000;
    static final int MAX_SEGMENTS = 200_000;

    /** UNOA..UNOY: the UN/ECE character repertoires of ISO 9735 */
    private static final Pattern SYNTAX_ID = Pattern.compile("UNO[A-Y]");
    private static final Pattern TAG = Pattern.compile("[A-Z][A-Z0-9]{2}");
    private static final Set<String> SYNTAX_VERSIONS = Set.of("1", "2", "3", "4");

    private EdifactSyntax() {
    }

    /** one file may hold several interchanges one after the other (UNA? UNB ... UNZ, repeated) */
    static List<Interchange> parseAll(byte[] bytes) {
        String text = decode(bytes);
        List<Interchange> interchanges = new ArrayList<>();
        int[] cursor = {0};
        while (true) {
            while (cursor[0] < text.length() && (Character.isWhitespace(text.charAt(cursor[0]))
                    || text.charAt(cursor[0]) == '\u0000')) {
                cursor[0]++;
            }
            if (cursor[0] >= text.length() && !interchanges.isEmpty()) {
                return interchanges;
            }
            Interchange interchange = parse(text, cursor);
            interchanges.add(interchange);
            if (interchange.error() != null) {
                return interchanges;
            }
        }
    }

    static Interchange parse(byte[] bytes) {
        return parseAll(bytes).get(0);
    }

    private static Interchange parse(String text, int[] cursor) {
        int start = cursor[0];
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        char component = ':';
        char element = '+';
        char decimal = '.';
        char release = '?';
        char terminator = '\'';
        if (text.startsWith("UNA", start)) {
            if (text.length() < start + 9) {
                return rejected(new EdifactSyntaxException(1, "UNA", "13",
                        "the UNA service string advice is cut short (it needs 6 characters)"), '.');
            }
            component = text.charAt(start + 3);
            element = text.charAt(start + 4);
            decimal = text.charAt(start + 5);
            release = text.charAt(start + 6);
            terminator = text.charAt(start + 8);
            start += 9;
        }
        List<Segment> segments = new ArrayList<>();
        try {
            tokenize(text, start, component, element, release, terminator, cursor, segments);
        } catch (EdifactSyntaxException e) {
            cursor[0] = text.length();
            if (!segments.isEmpty() && segments.get(0).tag().equals("UNB")) {
                // keep the envelope read so far, so that the CONTRL reaches the sender with its reference
                Segment unb = segments.get(0);
                return new Interchange(unb.get(1, 1), unb.get(2, 1), unb.get(3, 1), unb.get(5, 1), decimal,
                        List.of(), e);
            }
            return rejected(e, decimal);
        }
        return checkEnvelope(segments, decimal == ',' ? ',' : '.');
    }

    private static Interchange rejected(EdifactSyntaxException error, char decimal) {
        return new Interchange("", "", "", "", decimal, List.of(), error);
    }

    /** UTF-8 (with or without byte-order mark) when it decodes, else ISO-8859-1 (UNOC files often are). */
    static String decode(byte[] content) {
        int offset = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, offset, content.length - offset, StandardCharsets.ISO_8859_1);
        }
    }

    private static void tokenize(String text, int start, char componentSep, char elementSep, char release,
                                 char terminator, int[] cursor, List<Segment> segments) throws EdifactSyntaxException {
        List<List<String>> elements = new ArrayList<>();
        List<String> components = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean atSegmentStart = true;
        int segmentChars = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (atSegmentStart) {
                // line breaks and indentation between segments are layout, not data
                if (Character.isWhitespace(c) || c == '\u0000') {
                    continue;
                }
                atSegmentStart = false;
            }
            if (++segmentChars > MAX_SEGMENT_CHARS) {
                throw new EdifactSyntaxException(segments.size() + 1, "", "18",
                        "segment longer than " + MAX_SEGMENT_CHARS + " characters (a missing segment terminator?)");
            }
            if (c == release) {
                if (i + 1 >= text.length()) {
                    throw new EdifactSyntaxException(segments.size() + 1, "", "12",
                            "the interchange ends with a release character");
                }
                value.append(text.charAt(++i));
            } else if (c == componentSep) {
                components.add(value.toString());
                value.setLength(0);
            } else if (c == elementSep) {
                components.add(value.toString());
                value.setLength(0);
                elements.add(components);
                components = new ArrayList<>();
            } else if (c == terminator) {
                components.add(value.toString());
                value.setLength(0);
                elements.add(components);
                segments.add(segment(elements, segments.size() + 1));
                if (segments.size() > MAX_SEGMENTS) {
                    throw new EdifactSyntaxException(segments.size(), "", "18",
                            "more than " + MAX_SEGMENTS + " segments in one interchange");
                }
                elements = new ArrayList<>();
                components = new ArrayList<>();
                atSegmentStart = true;
                segmentChars = 0;
                if (segments.get(segments.size() - 1).tag().equals("UNZ")) {
                    // the interchange ends here; another may follow in the same file
                    cursor[0] = i + 1;
                    return;
                }
            } else {
                value.append(c);
            }
        }
        if (!atSegmentStart) {
            throw new EdifactSyntaxException(segments.size() + 1, "", "13",
                    "the interchange ends inside a segment without its terminator (truncated?)");
        }
        cursor[0] = text.length();
    }

    private static Segment segment(List<List<String>> elements, int position) throws EdifactSyntaxException {
        String tag = elements.get(0).get(0).trim();
        if (!TAG.matcher(tag).matches()) {
            throw new EdifactSyntaxException(position, "", "12", "invalid segment tag '" + printable(tag) + "'");
        }
        return new Segment(tag, List.copyOf(elements.subList(1, elements.size())), position);
    }

    private static Interchange checkEnvelope(List<Segment> segments, char decimal) {
        if (segments.isEmpty()) {
            return rejected(new EdifactSyntaxException(0, "", "13", "no segments: the interchange is empty"), decimal);
        }
        Segment unb = segments.get(0);
        if (!unb.tag().equals("UNB")) {
            return rejected(new EdifactSyntaxException(unb.position(), unb.tag(), "13",
                    "the interchange does not start with UNB (interchange header missing)"), decimal);
        }
        String syntaxId = unb.get(1, 1);
        String sender = unb.get(2, 1);
        String recipient = unb.get(3, 1);
        String reference = unb.get(5, 1);
        if (!SYNTAX_ID.matcher(syntaxId).matches() || !SYNTAX_VERSIONS.contains(unb.get(1, 2))) {
            return new Interchange(syntaxId, sender, recipient, reference, decimal, List.of(),
                    new EdifactSyntaxException(1, "UNB", "2", "syntax identifier '" + printable(syntaxId + ":"
                            + unb.get(1, 2)) + "' is not supported (UNOA..UNOY, versions 1 to 4)"));
        }
        if (reference.isEmpty()) {
            return new Interchange(syntaxId, sender, recipient, reference, decimal, List.of(),
                    new EdifactSyntaxException(1, "UNB", "13", "interchange control reference (0020) missing"));
        }
        List<EdifactMessage> messages = new ArrayList<>();
        int i = 1;
        int groups = 0;
        while (i < segments.size()) {
            Segment s = segments.get(i);
            switch (s.tag()) {
                case "UNG", "UNE" -> {
                    groups += s.tag().equals("UNG") ? 1 : 0;
                    i++;
                }
                case "UNH" -> i = readMessage(segments, i, messages);
                case "UNZ" -> {
                    if (i != segments.size() - 1) {
                        Segment extra = segments.get(i + 1);
                        return envelopeError(syntaxId, sender, recipient, reference, decimal, messages,
                                new EdifactSyntaxException(extra.position(), extra.tag(), "18",
                                        "segments after the UNZ interchange trailer"));
                    }
                    int expected = groups > 0 ? groups : messages.size();
                    if (!s.get(1).equals(String.valueOf(expected))) {
                        return envelopeError(syntaxId, sender, recipient, reference, decimal, messages,
                                new EdifactSyntaxException(s.position(), "UNZ", "29", "UNZ control count says '"
                                        + printable(s.get(1)) + "' but the interchange holds " + expected
                                        + (groups > 0 ? " groups" : " messages")));
                    }
                    if (!s.get(2).equals(reference)) {
                        return envelopeError(syntaxId, sender, recipient, reference, decimal, messages,
                                new EdifactSyntaxException(s.position(), "UNZ", "28", "UNZ reference '"
                                        + printable(s.get(2)) + "' does not match UNB reference '" + reference + "'"));
                    }
                    return new Interchange(syntaxId, sender, recipient, reference, decimal, List.copyOf(messages),
                            null);
                }
                default -> {
                    return envelopeError(syntaxId, sender, recipient, reference, decimal, messages,
                            new EdifactSyntaxException(s.position(), s.tag(), "18",
                                    "segment " + s.tag() + " outside a message (UNH expected)"));
                }
            }
        }
        Segment last = segments.get(segments.size() - 1);
        if (last.tag().equals("UNT") && !messages.isEmpty()) {
            // no UNZ, but the last message is complete: some senders omit the trailer; nothing is lost
            return new Interchange(syntaxId, sender, recipient, reference, decimal, List.copyOf(messages), null);
        }
        return envelopeError(syntaxId, sender, recipient, reference, decimal, messages,
                new EdifactSyntaxException(last.position() + 1, "UNZ", "13",
                        "the UNZ interchange trailer is missing (interchange incomplete or truncated)"));
    }

    private static Interchange envelopeError(String syntaxId, String sender, String recipient, String reference,
                                             char decimal, List<EdifactMessage> messages,
                                             EdifactSyntaxException error) {
        return new Interchange(syntaxId, sender, recipient, reference, decimal, List.copyOf(messages), error);
    }

    /** Reads UNH..UNT starting at {@code start}; returns the index after the message. */
    private static int readMessage(List<Segment> segments, int start, List<EdifactMessage> messages) {
        Segment unh = segments.get(start);
        String reference = unh.get(1);
        String type = unh.get(2, 1);
        String version = unh.get(2, 2);
        String release = unh.get(2, 3);
        // some senders write the version as '0' (as found in the wild): the release names the directory
        String directory = (version.equals("0") ? "D" : version) + release;
        int i = start + 1;
        while (i < segments.size()) {
            Segment s = segments.get(i);
            if (s.tag().equals("UNT")) {
                List<Segment> body = List.copyOf(segments.subList(start, i + 1));
                EdifactSyntaxException error = null;
                if (!s.get(1).equals(String.valueOf(body.size()))) {
                    error = new EdifactSyntaxException(s.position(), "UNT", "29", "UNT segment count says '"
                            + printable(s.get(1)) + "' but message " + printable(reference) + " has " + body.size()
                            + " segments");
                } else if (!s.get(2).equals(reference)) {
                    error = new EdifactSyntaxException(s.position(), "UNT", "28", "UNT reference '"
                            + printable(s.get(2)) + "' does not match UNH reference '" + printable(reference) + "'");
                } else if (reference.isEmpty() || type.isEmpty()) {
                    error = new EdifactSyntaxException(unh.position(), "UNH", "13",
                            "message reference or message type missing in UNH");
                } else {
                    error = checkShapes(body);
                }
                messages.add(new EdifactMessage(reference, type, directory, body, error));
                return i + 1;
            }
            if (s.tag().equals("UNH") || s.tag().equals("UNZ") || s.tag().equals("UNE")) {
                messages.add(new EdifactMessage(reference, type, directory, List.copyOf(segments.subList(start, i)),
                        new EdifactSyntaxException(s.position(), s.tag(), "13", "message " + printable(reference)
                                + " has no UNT message trailer before " + s.tag())));
                return i;
            }
            i++;
        }
        messages.add(new EdifactMessage(reference, type, directory, List.copyOf(segments.subList(start, i)),
                new EdifactSyntaxException(segments.get(i - 1).position() + 1, "UNT", "13", "message "
                        + printable(reference) + " has no UNT message trailer (truncated?)")));
        return i;
    }

    private static EdifactSyntaxException checkShapes(List<Segment> body) {
        try {
            for (Segment segment : body) {
                SegmentShapes.check(segment);
            }
            return null;
        } catch (EdifactSyntaxException e) {
            return e;
        }
    }

    /** keeps reasons readable and short whatever bytes a sender put there */
    static String printable(String s) {
        String cleaned = s.replaceAll("[\\p{Cntrl}]", "?");
        return cleaned.length() > 40 ? cleaned.substring(0, 40) + "..." : cleaned;
    }
}
