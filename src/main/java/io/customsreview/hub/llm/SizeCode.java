package io.customsreview.hub.llm;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A size written as a code of numbers and a letter, the way tyres are sized: "205/55R16", "215/65 R17" (width,
 * profile, construction, rim). Its numbers tell one size from another; the words beside it do not.
 *
 * @param numbers the code's numbers, in order
 * @param start   where the code starts in the text
 * @param end     where it ends
 */
public record SizeCode(List<String> numbers, int start, int end) {

    private static final Pattern CODE = Pattern.compile(
            "(?i)\\b(\\d{2,3})\\s?/\\s?(\\d{2})\\s?[A-Z]{1,2}\\s?(\\d{2})\\b");

    /** the text's one size code; empty where it has none, or more than one */
    public static Optional<SizeCode> in(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = CODE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        SizeCode code = new SizeCode(List.of(m.group(1), m.group(2), m.group(3)), m.start(), m.end());
        return m.find() ? Optional.empty() : Optional.of(code);
    }

    /** whether two texts name sizes by codes of other numbers */
    static boolean conflict(String first, String second) {
        Optional<SizeCode> a = in(first);
        Optional<SizeCode> b = in(second);
        return a.isPresent() && b.isPresent() && !a.get().numbers().equals(b.get().numbers());
    }
}
