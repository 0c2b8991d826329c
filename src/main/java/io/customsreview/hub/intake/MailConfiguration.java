package io.customsreview.hub.intake;

import org.apache.camel.component.mail.MailComponent;
import org.apache.camel.spi.ComponentCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * SMTP login for acknowledgements and verdicts: set on the smtp and smtps components only when a user is given
 * (an empty user in the endpoint URI would still make JavaMail try to authenticate).
 */
@Configuration(proxyBeanMethods = false)
public class MailConfiguration {

    @Bean
    public ComponentCustomizer smtpLogin(@Value("${hub.mail.smtp-username:}") String username,
                                         @Value("${hub.mail.smtp-password:}") String password) {
        return ComponentCustomizer.builder(MailComponent.class)
                .withCondition((name, component) -> name.startsWith("smtp"))
                .build(component -> {
                    if (username != null && !username.isBlank()) {
                        component.getConfiguration().setUsername(username);
                        component.getConfiguration().setPassword(password);
                    }
                });
    }
}
