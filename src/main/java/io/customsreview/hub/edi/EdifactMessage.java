package io.customsreview.hub.edi;

import java.util.List;

/**
 * One message of an interchange, UNH to UNT inclusive. {@code directory} is the version and release joined as the
 * directory is named ({@code D96A}, {@code D01B}); {@code error} is set when the message itself is rejected.
 */
record EdifactMessage(String reference, String type, String directory, List<Segment> segments,
                      EdifactSyntaxException error) {
}
