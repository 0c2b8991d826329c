package io.customsreview.hub.review;

/** {@code review DIR... | --batch PARENT [--out FILE]}: placeholder until the CLI lands. */
public final class ReviewCommand {

    private ReviewCommand() {
    }

    public static int run(String[] args) {
        return 2;
    }
}
