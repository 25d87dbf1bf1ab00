package nl.zorgloket.intake;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import nl.zorgloket.intake.dialogue.Dialogue;
import nl.zorgloket.search.care.CareVocabulary;
import nl.zorgloket.search.place.Gazetteer;
import nl.zorgloket.search.provider.ProviderIndex;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;

/** The plain-Java parts of intake and search as beans. */
@Factory
class IntakeFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    Gazetteer gazetteer() {
        return Gazetteer.bundled();
    }

    @Singleton
    CareVocabulary careVocabulary() {
        return CareVocabulary.bundled();
    }

    /** On disk under the data directory; in memory when the directory is set to "memory" (tests). */
    @Singleton
    @Bean(preDestroy = "close")
    ProviderIndex providerIndex(@Value("${zorgloket.search.index-dir:data/index}") String indexDir, CareVocabulary vocabulary) {
        try {
            Directory directory = "memory".equals(indexDir) ? new ByteBuffersDirectory() : FSDirectory.open(Path.of(indexDir));
            return ProviderIndex.open(directory, vocabulary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the provider index at " + indexDir, e);
        }
    }

    @Singleton
    Dialogue dialogue(Gazetteer gazetteer, CareVocabulary vocabulary, ProviderIndex index, CustomerOffice office,
                      @Value("${zorgloket.organisation:Sorg}") String organisation,
                      @Value("${zorgloket.response-time.nl:binnen 2 werkdagen}") String responseTimeNl,
                      @Value("${zorgloket.response-time.en:within 2 working days}") String responseTimeEn) {
        return new Dialogue(gazetteer, vocabulary, index::match,
                new Dialogue.Settings(organisation, responseTimeNl, responseTimeEn, office.toBusinessHours(),
                        office.phone(), office.email()));
    }
}
