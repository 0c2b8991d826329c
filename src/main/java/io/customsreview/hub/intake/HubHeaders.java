package io.customsreview.hub.intake;

/** Message headers and exchange properties the routes share (JMS-safe names: plain Java identifiers). */
public final class HubHeaders {

    public static final String DOSSIER_ID = "dossierId";
    public static final String DOSSIER_KEY = "dossierKey";
    public static final String ARCHIVED_TO = "archivedTo";
    public static final String VERDICT = "verdict";
    public static final String SOURCE = "reviewSource";
    public static final String FAILURE_REASON = "failureReason";
    public static final String FAILED_ROUTE = "failedRoute";

    private HubHeaders() {
    }
}
