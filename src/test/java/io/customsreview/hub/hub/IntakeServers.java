package io.customsreview.hub.hub;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;

/**
 * The real servers the intake talks to in the hub tests, in-process on loopback: GreenMail (SMTP + IMAP) and an
 * Apache MINA SSHD SFTP server with a generated host key, written to a known_hosts file the hub verifies against.
 * Started once per JVM (like the hub's shared test context) and registered in the same dynamic properties, so no
 * second Spring context starts.
 */
final class IntakeServers {

    static final String HUB_MAILBOX = "hub@customs.test";
    static final String HUB_MAIL_USER = "hub";
    static final String HUB_MAIL_PASSWORD = "hub-secret";
    static final String SFTP_USER = "partner";
    static final String SFTP_PASSWORD = "sftp-secret";

    static GreenMail mail;
    static GreenMailUser hubMailbox;
    static SshServer sftp;
    static Path sftpRoot;
    static Path knownHosts;

    private IntakeServers() {
    }

    static synchronized void start(Path dataDir) {
        if (mail != null) {
            return;
        }
        try {
            ServerSetup[] setups = ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP);
            mail = new GreenMail(setups);
            mail.start();
            hubMailbox = mail.setUser(HUB_MAILBOX, HUB_MAIL_USER, HUB_MAIL_PASSWORD);

            sftpRoot = Files.createDirectories(dataDir.resolve("sftp-server"));
            Files.createDirectories(sftpRoot.resolve("partners"));
            Files.createDirectories(sftpRoot.resolve("edi/in"));
            sftp = SshServer.setUpDefaultServer();
            sftp.setHost("127.0.0.1");
            sftp.setPort(0);
            sftp.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(dataDir.resolve("sftp-host-key.ser")));
            sftp.setPasswordAuthenticator((user, password, session) ->
                    SFTP_USER.equals(user) && SFTP_PASSWORD.equals(password));
            sftp.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
            sftp.setFileSystemFactory(new VirtualFileSystemFactory(sftpRoot));
            sftp.start();
            KeyPair hostKey = sftp.getKeyPairProvider().loadKeys(null).iterator().next();
            knownHosts = Files.createDirectories(dataDir.resolve("sftp")).resolve("known_hosts");
            Files.writeString(knownHosts, "[127.0.0.1]:" + sftp.getPort() + " "
                    + PublicKeyEntry.toString(hostKey.getPublic()) + "\n", StandardCharsets.US_ASCII);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                mail.stop();
                try {
                    sftp.stop(true);
                } catch (IOException ignored) {
                    // JVM ends
                }
            }));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("could not start the intake test servers", e);
        }
    }

    static void register(DynamicPropertyRegistry registry) {
        registry.add("hub.mail.enabled", () -> true);
        registry.add("hub.mail.protocol", () -> "imap");
        registry.add("hub.mail.host", () -> "127.0.0.1");
        registry.add("hub.mail.port", () -> mail.getImap().getPort());
        registry.add("hub.mail.username", () -> HUB_MAIL_USER);
        registry.add("hub.mail.password", () -> HUB_MAIL_PASSWORD);
        registry.add("hub.mail.smtp-host", () -> "127.0.0.1");
        registry.add("hub.mail.smtp-port", () -> mail.getSmtp().getPort());
        registry.add("hub.sftp.enabled", () -> true);
        registry.add("hub.sftp.host", () -> "127.0.0.1");
        registry.add("hub.sftp.port", () -> sftp.getPort());
        registry.add("hub.sftp.username", () -> SFTP_USER);
        registry.add("hub.sftp.password", () -> SFTP_PASSWORD);
        registry.add("hub.sftp.known-hosts-file", () -> knownHosts.toString());
    }

    static Path partnerDir(String partner) {
        try {
            return Files.createDirectories(sftpRoot.resolve("partners").resolve(partner));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
