package nl.zorgloket.search.provider;

import nl.zorgloket.search.care.CareCategory;
import nl.zorgloket.search.care.CareVocabulary;
import nl.zorgloket.search.text.Folding;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/** Maps a provider to its Lucene document and names the fields queries use. */
final class ProviderDocuments {
    static final String ID = "id";
    static final String NAME = "name";
    static final String TEXT = "text";
    static final String CATEGORY = "category";
    static final String MUNICIPALITY = "municipality";
    static final String MUNICIPALITY_LABEL = "municipality_label";
    static final String AGE_MIN = "age_min";
    static final String AGE_MAX = "age_max";
    static final String ACCEPTING = "accepting";
    static final String VERSION = "version";
    /**
     * Raised whenever the fields a provider becomes change: an index written in another format is
     * rebuilt, like one written by another analysis.
     */
    static final String FORMAT = "fields-2";
    static final String LOCATION = "location";
    static final String LAT = "lat";
    static final String LON = "lon";

    // Open age bounds are indexed as the widest range so one range query filters every provider.
    static final int AGE_FLOOR = 0;
    static final int AGE_CEILING = 130;

    private ProviderDocuments() {
    }

    static Document toDocument(Provider p, CareVocabulary vocabulary) {
        Document doc = new Document();
        // Keyword: the id is matched exactly for updateDocument and deletes, and stored to return it.
        doc.add(new KeywordField(ID, p.externalId(), Field.Store.YES));
        doc.add(new StoredField(NAME, p.name()));
        // Text: analysed (Dutch stemming, stop words) for matching the client's own words.
        String text = p.name() + "\n" + String.join("\n", p.expertise()) + "\n" + nullToEmpty(p.description());
        doc.add(new TextField(TEXT, text, Field.Store.NO));
        // String: category codes are exact filters and boosts, read from the same vocabulary as the
        // client's text, so "ASS" in a request meets "autisme" in a profile.
        String categorySource = String.join("\n", p.expertise()) + "\n" + nullToEmpty(p.description());
        for (CareCategory category : vocabulary.categoriesIn(categorySource)) {
            doc.add(new StringField(CATEGORY, category.code(), Field.Store.YES));
        }
        for (String municipality : p.municipalities()) {
            doc.add(new StringField(MUNICIPALITY, Folding.fold(municipality), Field.Store.NO));
            doc.add(new StoredField(MUNICIPALITY_LABEL, municipality));
        }
        // IntField: points for the range filter, stored to explain the age range in a reason.
        doc.add(new IntField(AGE_MIN, p.ageMin() == null ? AGE_FLOOR : p.ageMin(), Field.Store.YES));
        doc.add(new IntField(AGE_MAX, p.ageMax() == null ? AGE_CEILING : p.ageMax(), Field.Store.YES));
        doc.add(new StringField(ACCEPTING, Boolean.toString(p.acceptingClients()), Field.Store.YES));
        if (p.location() != null) {
            // LatLonPoint and its doc values: the distance feature query reads both; stored apart
            // to say how far in a reason.
            doc.add(new LatLonPoint(LOCATION, p.location().lat(), p.location().lon()));
            doc.add(new LatLonDocValuesField(LOCATION, p.location().lat(), p.location().lon()));
            doc.add(new StoredField(LAT, p.location().lat()));
            doc.add(new StoredField(LON, p.location().lon()));
        }
        // Stored only: read back when the index opens, to tell which rows changed since it was written.
        doc.add(new StoredField(VERSION, p.version()));
        return doc;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
