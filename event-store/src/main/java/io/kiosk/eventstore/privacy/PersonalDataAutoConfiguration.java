package io.kiosk.eventstore.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.eventstore.EventStoreProperties;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.Map;

/**
 * The event serializer of both applications: Axon's Jackson serializer on a copy of the application's mapper with
 * the {@link PersonalDataModule}, so every event's personal data is stored encrypted per customer and read back
 * (or read as erased). Runs before Axon's own auto-configuration, whose {@code eventSerializer} backs off when this
 * one exists; the general and message serializers stay Axon's.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, JacksonAutoConfiguration.class},
        before = AxonAutoConfiguration.class)
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties({PrivacyProperties.class, EventStoreProperties.class})
public class PersonalDataAutoConfiguration {

    /**
     * Schema {@code privacy} and its keys table, made by the application that makes keys; after each migration the
     * event store's reader role (the query side's) may read the keys, and only that ({@code db/privacy/afterMigrate.sql}).
     */
    @Bean(initMethod = "migrate")
    @ConditionalOnProperty(name = "kiosk.privacy.create-keys", havingValue = "true")
    PrivacyMigrations privacyMigrations(DataSource dataSource, EventStoreProperties eventStore) {
        return new PrivacyMigrations(Flyway.configure()
                .dataSource(dataSource)
                .schemas("privacy")
                .createSchemas(true)
                .locations("classpath:db/privacy")
                .placeholders(Map.of("readerRole", eventStore.readerRole()))
                .load());
    }

    @Bean
    SubjectKeys subjectKeys(DataSource dataSource, PrivacyProperties properties, ObjectProvider<PrivacyMigrations> migrated,
                            ObjectProvider<Clock> clock) {
        migrated.ifAvailable(migrations -> { });
        return new SubjectKeys(JdbcClient.create(dataSource), new MasterKey(properties.masterKeyBytes()),
                properties.createKeys(), properties.keyCacheTtl(), clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    PersonalDataCipher personalDataCipher(SubjectKeys keys) {
        return new PersonalDataCipher(keys);
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(ObjectMapper applicationMapper, RevisionResolver revisionResolver, PersonalDataCipher cipher) {
        return encryptingSerializer(applicationMapper, revisionResolver, cipher);
    }

    /** Axon's Jackson serializer on a copy of {@code mapper} that encrypts personal data with {@code cipher}. */
    public static JacksonSerializer encryptingSerializer(ObjectMapper mapper, RevisionResolver revisionResolver,
                                                         PersonalDataCipher cipher) {
        return JacksonSerializer.builder()
                .revisionResolver(revisionResolver)
                .converter(new ChainingConverter(PersonalDataAutoConfiguration.class.getClassLoader()))
                .objectMapper(mapper.copy().registerModule(new PersonalDataModule(cipher)))
                .build();
    }
}
