package io.customsreview.hub.ocr;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

class PageDpiTest {

    private static int dpi(int width, int height) {
        return PagePreparation.pageDpi(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY));
    }

    @Test
    void aWholePageImageWithoutAStatedResolutionHasThePagesResolution() {
        assertThat(dpi(1240, 1754)).as("A4 at 150 DPI").isEqualTo(150);
        assertThat(dpi(1754, 1240)).as("A4 sideways").isEqualTo(150);
        assertThat(dpi(1700, 2200)).as("US letter at 200 DPI").isEqualTo(200);
    }

    @Test
    void otherImagesAndHighResolutionPagesHaveNone() {
        assertThat(dpi(789, 557)).as("a screenshot").isZero();
        assertThat(dpi(2975, 3850)).as("letter at 350 DPI: Tesseract estimates well enough").isZero();
        assertThat(dpi(400, 566)).as("an A4-shaped thumbnail").isZero();
    }
}
