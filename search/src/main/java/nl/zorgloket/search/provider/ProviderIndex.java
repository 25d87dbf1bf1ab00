package nl.zorgloket.search.provider;

import nl.zorgloket.search.care.CareCategory;
import nl.zorgloket.search.care.CareVocabulary;
import nl.zorgloket.search.place.GeoPoint;
import nl.zorgloket.search.text.CareAnalyzer;
import nl.zorgloket.search.text.Folding;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The provider index: the one owner of its {@link IndexWriter} and {@link SearcherManager}.
 * Every change is visible to the next search (near-real-time); the database stays the source of
 * truth and can rebuild the index at any time.
 */
public final class ProviderIndex implements AutoCloseable {
    /** An upper age this high or higher is no bound a client needs told ("tot 110 jaar"). */
    private static final int NO_UPPER_AGE = 99;
    // Client text is cut here before analysis: a 10,000-character message costs no more than this.
    private static final int MAX_NEED_CHARS = 2_000;
    private static final int MAX_NEED_TERMS = 64;
    private static final float CATEGORY_BOOST = 4f;
    // A word that only matches with a typo counts for less than the word itself.
    private static final float TYPO_BOOST = 0.5f;
    // Typo matching expands each word over the term dictionary: the longest words are worth it.
    private static final int MAX_TYPO_TERMS = 12;
    private static final int TYPO_EXPANSIONS = 16;
    // One edit: the automaton for two costs several times as much to build, on every query; words
    // of care with two typos are read by the vocabulary, which allows two.
    private static final int MAX_TYPO_EDITS = 1;
    private static final String SCHEMA_KEY = "schema";
    // the analysis, the fields, and the vocabulary that gave each provider its kinds of care
    static String schema(CareVocabulary vocabulary) {
        return CareAnalyzer.VERSION + "/" + ProviderDocuments.FORMAT + "/" + vocabulary.fingerprint();
    }
    // Distance adds up to this much to a provider's score, half of it at PIVOT_METERS: enough to
    // order equally fitting providers by distance, too little to put a near misfit first.
    private static final float DISTANCE_WEIGHT = 2f;
    private static final long PIVOT_METERS = 15_000;
    // A waiting list multiplies the score: an additive boost is lost next to the text scores,
    // while a factor keeps a provider with room ahead of an equally fitting one without.
    private static final float WAITING_LIST_FACTOR = 0.6f;

    private final Analyzer analyzer = new CareAnalyzer();
    private final CareVocabulary vocabulary;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** External id to the version indexed: what the database is compared with. */
    private final Map<String, Long> versions = new ConcurrentHashMap<>();
    private final TypoNeighbours typoNeighbours = new TypoNeighbours();
    private final String schema;

    private ProviderIndex(Directory directory, CareVocabulary vocabulary) throws IOException {
        this.vocabulary = vocabulary;
        this.schema = schema(vocabulary);
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        if (!schema.equals(writtenSchema())) {
            // written by another analysis, in other fields or with another vocabulary: its terms and
            // kinds of care would not meet today's queries. Emptied here, it is filled again from the
            // database like a missing index.
            writer.deleteAll();
            commit();
        }
        this.searchers = new SearcherManager(writer, null);
        readVersions();
    }

    private String writtenSchema() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        for (Map.Entry<String, String> e : data == null ? List.<Map.Entry<String, String>>of() : data) {
            if (SCHEMA_KEY.equals(e.getKey())) {
                return e.getValue();
            }
        }
        return writer.getDocStats().maxDoc == 0 ? schema : null;
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, schema).entrySet());
        writer.commit();
    }

    private void readVersions() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            IndexReader reader = searcher.getIndexReader();
            StoredFields stored = reader.storedFields();
            Bits live = MultiBits.getLiveDocs(reader);
            Set<String> fields = Set.of(ProviderDocuments.ID, ProviderDocuments.VERSION);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    Document d = stored.document(doc, fields);
                    IndexableField version = d.getField(ProviderDocuments.VERSION);
                    // an index written before versions were stored: -1 is behind every row
                    versions.put(d.get(ProviderDocuments.ID), version == null ? -1L : version.numericValue().longValue());
                }
            }
        } finally {
            searchers.release(searcher);
        }
    }

    public static ProviderIndex open(Directory directory, CareVocabulary vocabulary) {
        try {
            return new ProviderIndex(directory, vocabulary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the provider index", e);
        }
    }

    public void upsert(Provider provider) {
        apply(List.of(provider), List.of());
    }

    public void upsertAll(Collection<Provider> providers) {
        apply(providers, List.of());
    }

    public void delete(String externalId) {
        apply(List.of(), List.of(externalId));
    }

    /** Adds or replaces these providers and removes those, in one commit, visible to the next search. */
    public synchronized void apply(Collection<Provider> upserts, Collection<String> deletes) {
        try {
            for (Provider p : upserts) {
                writer.updateDocument(new Term(ProviderDocuments.ID, p.externalId()),
                        ProviderDocuments.toDocument(p, vocabulary));
            }
            for (String id : deletes) {
                writer.deleteDocuments(new Term(ProviderDocuments.ID, id));
            }
            commit();
            searchers.maybeRefreshBlocking();
            upserts.forEach(p -> versions.put(p.externalId(), p.version()));
            deletes.forEach(versions::remove);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the provider index", e);
        }
    }

    /** Replaces the whole index with these providers, in one commit. */
    public synchronized void replaceAll(Collection<Provider> providers) {
        try {
            writer.deleteAll();
            for (Provider p : providers) {
                writer.addDocument(ProviderDocuments.toDocument(p, vocabulary));
            }
            commit();
            searchers.maybeRefreshBlocking();
            versions.clear();
            providers.forEach(p -> versions.put(p.externalId(), p.version()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the provider index", e);
        }
    }

    /** Every provider in the index and the version it was indexed at. */
    public Map<String, Long> versions() {
        return Map.copyOf(versions);
    }

    public int size() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    public List<ProviderHit> match(ProviderQuery query) {
        String need = query.needText().length() > MAX_NEED_CHARS
                ? query.needText().substring(0, MAX_NEED_CHARS) : query.needText();
        Set<CareCategory> categories = vocabulary.categoriesIn(need, query.age());
        IndexSearcher searcher = acquire();
        try {
            Query lucene = build(searcher, query, need, categories);
            TopDocs top = searcher.search(lucene, query.limit());
            List<ProviderHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                Document doc = searcher.storedFields().document(sd.doc);
                hits.add(new ProviderHit(doc.get(ProviderDocuments.ID), doc.get(ProviderDocuments.NAME), sd.score,
                        reasons(doc, query, categories)));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("provider search failed", e);
        } finally {
            release(searcher);
        }
    }

    private Query build(IndexSearcher searcher, ProviderQuery query, String need, Set<CareCategory> categories)
            throws IOException {
        BooleanQuery.Builder relevance = new BooleanQuery.Builder();
        for (CareCategory c : categories) {
            relevance.add(new BoostQuery(new TermQuery(new Term(ProviderDocuments.CATEGORY, c.code())), CATEGORY_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        int typoTerms = 0;
        List<String> words = analyzedTerms(need);
        for (String word : words) {
            Term term = new Term(ProviderDocuments.TEXT, word);
            // The word is looked up once: its statistics go with the query, which then does not look
            // again, and a word no provider uses adds no clause (it could match nothing).
            TermStates states = TermStates.build(searcher, term, true);
            if (states.docFreq() > 0) {
                relevance.add(new TermQuery(term, states), BooleanClause.Occur.SHOULD);
                continue;
            }
            int edits = Math.min(Folding.typoBudget(word.length()), MAX_TYPO_EDITS);
            // Only a word no provider uses can be a typo worth correcting; building the automaton that
            // finds the corrections is most of a query's cost, so words that exist skip it.
            // Most such words are everyday words with no provider term near them either; which ones are
            // is remembered per index version, so only real typos pay for the automaton.
            if (edits > 0 && typoTerms < MAX_TYPO_TERMS && typoNeighbours.any(searcher.getIndexReader(), term, edits)) {
                typoTerms++;
                relevance.add(new BoostQuery(typoQuery(term, edits), TYPO_BOOST),
                        BooleanClause.Occur.SHOULD);
            }
        }
        BooleanQuery relevanceQuery = relevance.build();

        BooleanQuery.Builder q = new BooleanQuery.Builder();
        // no words at all: every provider that passes the filters; only words no provider uses: none
        q.add(!relevanceQuery.clauses().isEmpty() ? relevanceQuery
                : words.isEmpty() ? new MatchAllDocsQuery() : new MatchNoDocsQuery(), BooleanClause.Occur.MUST);
        if (!categories.isEmpty()) {
            // A need understood as kinds of care is met by a provider of one of them; one that only shares
            // an everyday word ("hulp", "alleen") with it has no reason to give and is not suggested.
            BooleanQuery.Builder ofAKind = new BooleanQuery.Builder();
            for (CareCategory c : categories) {
                ofAKind.add(new TermQuery(new Term(ProviderDocuments.CATEGORY, c.code())), BooleanClause.Occur.SHOULD);
            }
            q.add(ofAKind.build(), BooleanClause.Occur.FILTER);
        }
        if (query.municipality() != null && !query.municipality().isBlank()) {
            q.add(new TermQuery(new Term(ProviderDocuments.MUNICIPALITY, Folding.fold(query.municipality()))),
                    BooleanClause.Occur.FILTER);
        }
        if (query.age() != null) {
            q.add(IntField.newRangeQuery(ProviderDocuments.AGE_MIN, ProviderDocuments.AGE_FLOOR, query.age()),
                    BooleanClause.Occur.FILTER);
            q.add(IntField.newRangeQuery(ProviderDocuments.AGE_MAX, query.age(), ProviderDocuments.AGE_CEILING),
                    BooleanClause.Occur.FILTER);
        }
        if (query.near() != null) {
            q.add(LatLonPoint.newDistanceFeatureQuery(ProviderDocuments.LOCATION, DISTANCE_WEIGHT,
                    query.near().point().lat(), query.near().point().lon(), PIVOT_METERS), BooleanClause.Occur.SHOULD);
        }
        // A waiting list does not exclude a provider; it ranks it below those with a place.
        return FunctionScoreQuery.boostByQuery(q.build(),
                new TermQuery(new Term(ProviderDocuments.ACCEPTING, "false")), WAITING_LIST_FACTOR);
    }

    private static FuzzyQuery typoQuery(Term term, int edits) {
        // the first letter is rarely the typo, and fixing it makes the expansion cheap
        return new FuzzyQuery(term, edits, 1, TYPO_EXPANSIONS, true);
    }

    /**
     * Whether a word has any indexed word within its typo budget, remembered for the index version
     * it was asked of: the next version (any provider change) starts afresh.
     */
    private static final class TypoNeighbours {
        private static final int MAX_REMEMBERED = 50_000;

        private record Remembered(Object readerKey, Map<String, Boolean> words) {
        }

        private final AtomicReference<Remembered> remembered = new AtomicReference<>(new Remembered(null, Map.of()));

        boolean any(IndexReader reader, Term term, int edits) throws IOException {
            Object key = reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
            Remembered current = remembered.get();
            if (current.readerKey() != key || current.words().size() >= MAX_REMEMBERED) {
                current = new Remembered(key, new ConcurrentHashMap<>());
                remembered.set(current);
            }
            String word = edits + ":" + term.text();
            Boolean known = current.words().get(word);
            if (known == null) {
                Terms terms = MultiTerms.getTerms(reader, term.field());
                known = terms != null && typoQuery(term, edits).getTermsEnum(terms).next() != null;
                current.words().put(word, known);
            }
            return known;
        }
    }

    private List<String> analyzedTerms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(ProviderDocuments.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && terms.size() < MAX_NEED_TERMS) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(terms);
    }

    private List<String> reasons(Document doc, ProviderQuery query, Set<CareCategory> asked) {
        boolean en = "en".equals(query.language());
        List<String> reasons = new ArrayList<>();
        if (query.municipality() != null && !query.municipality().isBlank()) {
            String served = query.municipality();
            for (String label : doc.getValues(ProviderDocuments.MUNICIPALITY_LABEL)) {
                if (Folding.fold(label).equals(Folding.fold(query.municipality()))) {
                    served = label;
                }
            }
            reasons.add((en ? "works in " : "werkt in ") + served);
        }
        IndexableField lat = doc.getField(ProviderDocuments.LAT);
        IndexableField lon = doc.getField(ProviderDocuments.LON);
        if (query.near() != null && query.near().tellsDistance() && lat != null && lon != null) {
            long km = Math.round(query.near().point().distanceKm(new GeoPoint(lat.numericValue().doubleValue(),
                    lon.numericValue().doubleValue())));
            reasons.add(km < 1 ? (en ? "less than 1 km away" : "op minder dan 1 km")
                    : (en ? km + " km away" : "op " + km + " km"));
        }
        Set<String> offered = Set.of(doc.getValues(ProviderDocuments.CATEGORY));
        List<String> matched = asked.stream().filter(c -> offered.contains(c.code()))
                .map(c -> c.label(query.language())).toList();
        if (!matched.isEmpty()) {
            // one reason, "ervaring met dagbesteding, een zorgboerderij en autisme": short on a phone screen
            reasons.add((en ? "experience with " : "ervaring met ") + enumerate(matched, en ? " and " : " en "));
        }
        if (query.age() != null) {
            int min = doc.getField(ProviderDocuments.AGE_MIN).numericValue().intValue();
            int max = doc.getField(ProviderDocuments.AGE_MAX).numericValue().intValue();
            // an upper bound of 99 or more is none: "vanaf 55 jaar", not "van 55 tot 110 jaar"
            boolean from = min > ProviderDocuments.AGE_FLOOR;
            boolean until = max < NO_UPPER_AGE;
            if (from && until) {
                reasons.add(en ? "helps people aged " + min + " to " + max
                        : "helpt mensen van " + min + " tot " + max + " jaar");
            } else if (from) {
                reasons.add(en ? "helps people aged " + min + " and over" : "helpt mensen vanaf " + min + " jaar");
            } else if (until) {
                reasons.add(en ? "helps people up to " + max : "helpt mensen tot " + max + " jaar");
            }
        }
        boolean accepting = Boolean.parseBoolean(doc.get(ProviderDocuments.ACCEPTING));
        reasons.add(accepting ? (en ? "has room for new clients" : "heeft plek voor nieuwe cliënten")
                : (en ? "has a waiting list" : "heeft een wachtlijst"));
        return reasons;
    }

    private static String enumerate(List<String> items, String lastJoin) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + lastJoin + items.getLast();
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the provider index", e);
        }
    }
}
