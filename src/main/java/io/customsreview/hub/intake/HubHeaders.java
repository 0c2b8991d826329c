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

    /** the channel a received file came from: email, sftp, edi, folder */
    public static final String HUB_SOURCE = "hubSource";
    public static final String SHA256 = "hubSha256";
    public static final String STORED_PATH = "hubStoredPath";
    public static final String MAIL_FROM = "hubMailFrom";
    public static final String MAIL_SUBJECT = "hubMailSubject";
    public static final String MAIL_MESSAGE_ID = "hubMailMessageId";
    /** outcome of one received file: ACCEPTED, DUPLICATE */
    public static final String OUTCOME = "hubOutcome";
    public static final String REVISION = "revision";

    private HubHeaders() {
    }
}
