package nl.zorgloket.search.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DutchStemmer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Dutch care text as the index reads it, for providers and clients alike: lower case, Dutch stop
 * words left out, accents folded (coöperatie, cliënt), care compounds split into their parts as
 * well (zorgboerderij also as zorg and boerderij), and Dutch stems (dagbestedingen, dagbesteding).
 * Synonyms and typos of kinds of care are read by {@link nl.zorgloket.search.care.CareVocabulary}
 * into categories, which are indexed beside this text.
 */
public final class CareAnalyzer extends Analyzer {
    /**
     * Raised whenever this chain changes what it makes of a text: an index written under another
     * version is rebuilt, because its terms no longer meet the queries'.
     */
    public static final String VERSION = "care-1";

    // Compounds shorter than this are left whole: no part of "dagje" is worth finding.
    private static final int MIN_COMPOUND_LENGTH = 7;
    private static final int MIN_PART_LENGTH = 3;
    private static final int MAX_PART_LENGTH = 16;

    private static final CharArraySet PARTS = parts();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new LowerCaseFilter(source);
        // before folding: the Dutch stop list has its accents ("één", "zó")
        ts = new StopFilter(ts, DutchAnalyzer.getDefaultStopSet());
        ts = new ASCIIFoldingFilter(ts);
        ts = new DictionaryCompoundWordTokenFilter(ts, PARTS, MIN_COMPOUND_LENGTH, MIN_PART_LENGTH, MAX_PART_LENGTH,
                false);
        ts = new SnowballFilter(ts, new DutchStemmer());
        return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    private static CharArraySet parts() {
        List<String> parts = new ArrayList<>();
        try (InputStream in = CareAnalyzer.class.getResourceAsStream("/nl/zorgloket/search/care-compounds.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource care-compounds.txt");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    parts.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CharArraySet.unmodifiableSet(new CharArraySet(parts, false));
    }
}
