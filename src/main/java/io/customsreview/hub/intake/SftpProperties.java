package io.customsreview.hub.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * SFTP intake ({@code hub.sftp.*}), read by routes intake-sftp and intake-edi-sftp as placeholders; recorded here
 * so that the settings are documented and validated in one place.
 *
 * @param enabled                polls only when true
 * @param host                   the SFTP server
 * @param port                   its port
 * @param username               login
 * @param password               password login (empty with a key)
 * @param privateKeyFile         key login (empty with a password)
 * @param knownHostsFile         the server's host key: strictly checked, the user's own known_hosts is not used
 * @param directory              root of the partner directories (polled recursively)
 * @param ediDirectory           raw EDI interchanges, forwarded with hubSource=edi
 * @param readLockCheckInterval  ms between two size checks of the "changed" read lock
 * @param readLockMinAge         ms a file must be unchanged before it is taken
 * @param readLockTimeout        ms after which a still-growing file is left for the next poll
 * @param pollDelay              ms between polls
 */
@ConfigurationProperties("hub.sftp")
public record SftpProperties(boolean enabled, String host, int port, String username, String password,
                             String privateKeyFile, String knownHostsFile, String directory, String ediDirectory,
                             long readLockCheckInterval, long readLockMinAge, long readLockTimeout, long pollDelay) {
}
