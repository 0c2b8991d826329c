package io.customsreview.hub.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * E-mail intake ({@code hub.mail.*}); the route {@code intake-mail} reads the endpoint values as placeholders,
 * this record holds the limits the {@link MailIntake} bean applies.
 *
 * @param enabled            polls the mailbox and sends acknowledgements only when true
 * @param from               sender address of acknowledgements and verdicts
 * @param maxAttachments     documents taken from one mail (after unpacking); the rest are refused with a reason
 * @param maxAttachmentBytes larger attachments are refused (kept in the stored original mail)
 * @param maxZipEntries      ZIP archives with more entries are refused
 * @param maxZipBytes        ZIP archives unpacking to more than this are refused (ZIP bomb)
 * @param maxZipRatio        ... or expanding more than this many times their compressed size
 * @param maxNesting         depth of attached mails (.eml) followed
 */
@ConfigurationProperties("hub.mail")
public record MailProperties(boolean enabled, String from, int maxAttachments, long maxAttachmentBytes,
                             int maxZipEntries, long maxZipBytes, int maxZipRatio, int maxNesting) {

    public MailProperties {
        from = from == null || from.isBlank() ? "customs-review-hub@localhost" : from;
        maxAttachments = maxAttachments <= 0 ? 100 : maxAttachments;
        maxAttachmentBytes = maxAttachmentBytes <= 0 ? 50L * 1024 * 1024 : maxAttachmentBytes;
        maxZipEntries = maxZipEntries <= 0 ? 200 : maxZipEntries;
        maxZipBytes = maxZipBytes <= 0 ? 100L * 1024 * 1024 : maxZipBytes;
        maxZipRatio = maxZipRatio <= 0 ? 100 : maxZipRatio;
        maxNesting = maxNesting <= 0 ? 3 : maxNesting;
    }
}
