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
 * The index's fields and how a {@link SearchDocument} fills them. Only what a hit shows is stored;
 * text fields keep term frequencies but no positions (no phrase queries are made, and snippets
 * re-analyse the stored text), which keeps indexing cheap and the index small.
 */
final class IndexedFields {

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

    private static final FieldType SEARCHED = textType(false);
    private static final FieldType SEARCHED_AND_STORED = textType(true);
    private static final FieldType VOCABULARY = vocabularyType();

    private IndexedFields() {
    }

    static Term key(String url) {
        return new Term(URL, url);
    }

    static Document toLucene(SearchDocument source) {
        Document doc = new Document();
        doc.add(new StringField(URL, source.url(), Field.Store.YES));
        String title = AnswerText.collapseWhitespace(source.title());
        String question = AnswerText.collapseWhitespace(source.questionText());
        doc.add(new Field(TITLE, title, SEARCHED_AND_STORED));
        doc.add(new Field(QUESTION, question, SEARCHED));
        String answer = AnswerText.collapseWhitespace(source.answerText());
        doc.add(new Field(ANSWER, answer, SEARCHED));
        doc.add(new StoredField(ANSWER, storedPart(answer)));
        doc.add(new StringField(SUBJECT, source.subjectSlug(), Field.Store.YES));
        doc.add(new SortedDocValuesField(SUBJECT, new BytesRef(source.subjectSlug())));
        doc.add(new StoredField(SUBJECT_NAME, source.subjectName()));
        doc.add(new Field(SPELLING, title + " " + question, VOCABULARY));
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

    private static FieldType textType(boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setStored(stored);
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
