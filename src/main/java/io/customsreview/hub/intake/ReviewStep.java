package io.customsreview.hub.intake;

import io.customsreview.hub.report.ReviewReport;
import io.customsreview.hub.review.ReviewService;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

/** Reviews an archived dossier (exchange property set by {@link DossierArchiver}) through the {@link ReviewService} seam. */
@Component
public class ReviewStep {

    public static final String FOLDER_SOURCE = "folder";

    private final ReviewService reviewService;

    public ReviewStep(ReviewService reviewService) {
        this.reviewService = reviewService;
    }

    public ReviewReport review(@ExchangeProperty(DossierArchiver.ARCHIVED_DOSSIER) ArchivedDossier dossier,
                               Exchange exchange) {
        if (dossier.files().isEmpty()) {
            throw new UnprocessableInputException("dossier " + dossier.dossierId() + " has no document files");
        }
        exchange.getMessage().setHeader(HubHeaders.SOURCE, FOLDER_SOURCE);
        return reviewService.review(dossier.dossierId(), dossier.files(), FOLDER_SOURCE);
    }
}
