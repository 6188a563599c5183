package com.quicktakes.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * The index's fields and how a {@link SearchDocument} fills them. Only what a hit shows is stored.
 * Title and answer keep the offsets of their words, so that snippets are cut without analysing the
 * text again at every search (re-analysing twenty answers cost more than the search itself); the
 * question, only searched, keeps term frequencies alone.
 */
final class IndexedFields {

    /** The document's identity (see {@link SearchDocument#key}); indexed, not stored. */
    static final String KEY = "key";
    static final String URL = "url";
    static final String TITLE = "title";
    static final String QUESTION = "question";
    static final String ANSWER = "answer";
    static final String SUBJECT = "subject";
    static final String SUBJECT_NAME = "subject_name";
    /** Title and question as whole words, for "did you mean". */
    static final String SPELLING = "spelling";

    /**
     * Snippets are cut from the start of the answer up to this length: enough for nearly every
     * answer (the longest in real exports are around 10,000 characters), and a bound on what an
     * outsized one stores and re-analyses for its snippet. The whole answer is still searched.
     */
    static final int STORED_ANSWER_CHARS = 12_000;

    private static final FieldType SEARCHED = textType(IndexOptions.DOCS_AND_FREQS);
    private static final FieldType HIGHLIGHTED = textType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    private static final FieldType VOCABULARY = vocabularyType();

    private IndexedFields() {
    }

    static Term key(String key) {
        return new Term(KEY, key);
    }

    static Document toLucene(SearchDocument source) {
        Document doc = new Document();
        doc.add(new StringField(KEY, source.key(), Field.Store.NO));
        doc.add(new StoredField(URL, source.url()));
        // Text goes in as given: snippets are HTML, where runs of whitespace show as one space anyway.
        doc.add(new Field(TITLE, source.title(), HIGHLIGHTED));
        doc.add(new StoredField(TITLE, source.title()));
        doc.add(new Field(QUESTION, source.questionText(), SEARCHED));
        doc.add(new Field(ANSWER, source.answerText(), HIGHLIGHTED));
        doc.add(new StoredField(ANSWER, storedPart(source.answerText())));
        doc.add(new StringField(SUBJECT, source.subjectSlug(), Field.Store.YES));
        doc.add(new SortedDocValuesField(SUBJECT, new BytesRef(source.subjectSlug())));
        doc.add(new StoredField(SUBJECT_NAME, source.subjectName()));
        doc.add(new Field(SPELLING, source.title() + " " + source.questionText(), VOCABULARY));
        return doc;
    }

    /** The start of the answer, cut between two UTF-16 units of one character never. */
    private static String storedPart(String answer) {
        if (answer.length() <= STORED_ANSWER_CHARS) {
            return answer;
        }
        int end = STORED_ANSWER_CHARS;
        if (Character.isLowSurrogate(answer.charAt(end))) {
            end--;
        }
        return answer.substring(0, end);
    }

    private static FieldType textType(IndexOptions options) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(options);
        type.freeze();
        return type;
    }

    /** Only which documents have a word matters to the spell checker: no frequencies, no norms. */
    private static FieldType vocabularyType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }
}
