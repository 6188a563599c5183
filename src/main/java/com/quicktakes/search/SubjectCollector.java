package com.quicktakes.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;

/**
 * One pass over the matches that counts them per subject and keeps the best ones of the chosen
 * subject (or of all). The counts are of the query without the subject filter, so filter links
 * keep their numbers while one subject is chosen. Every match must be seen for the counts, so
 * the top-hits collector is told never to skip any (its threshold is the largest int).
 */
final class SubjectCollector implements Collector {

    private final TopScoreDocCollector best;
    private final BytesRef subject;
    private final List<LeafCounts> leaves = new ArrayList<>();

    /** Counts by segment ordinal, turned into slugs once at the end. */
    private record LeafCounts(SortedDocValues subjects, int[] counts) {
    }

    /**
     * @param wanted  how many of the best hits to keep
     * @param subject the slug to keep hits of, or null for all subjects
     */
    SubjectCollector(int wanted, String subject) {
        this.best = new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE).newCollector();
        this.subject = subject == null ? null : new BytesRef(subject);
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedDocValues subjects = DocValues.getSorted(context.reader(), IndexedFields.SUBJECT);
        int[] counts = new int[subjects.getValueCount()];
        leaves.add(new LeafCounts(subjects, counts));
        // lookupTerm is negative when the subject has no document in this segment
        int keptOrd = subject == null ? -1 : subjects.lookupTerm(subject);
        boolean keepAll = subject == null;
        LeafCollector bestInLeaf = best.getLeafCollector(context);
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) throws IOException {
                bestInLeaf.setScorer(scorer);
            }

            @Override
            public void collect(int doc) throws IOException {
                int ord = subjects.advanceExact(doc) ? subjects.ordValue() : -1;
                if (ord >= 0) {
                    counts[ord]++;
                }
                if (keepAll || (ord >= 0 && ord == keptOrd)) {
                    bestInLeaf.collect(doc);
                }
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }

    /** Matches per subject slug, for the query without the subject filter. */
    Map<String, Long> counts() throws IOException {
        Map<String, Long> bySlug = new HashMap<>();
        for (LeafCounts leaf : leaves) {
            for (int ord = 0; ord < leaf.counts().length; ord++) {
                if (leaf.counts()[ord] > 0) {
                    bySlug.merge(leaf.subjects().lookupOrd(ord).utf8ToString(), (long) leaf.counts()[ord], Long::sum);
                }
            }
        }
        return bySlug;
    }

    /** Hits {@code start} to {@code start + howMany} of the chosen subject, best first. */
    TopDocs page(int start, int howMany) {
        return best.topDocs(start, howMany);
    }
}
