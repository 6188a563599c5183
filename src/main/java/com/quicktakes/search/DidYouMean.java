package com.quicktakes.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": each word of the query that no question contains (in any field, as its stem) is
 * replaced by the closest word of the titles and questions, found by {@link DirectSpellChecker}
 * among the index's own terms, so a suggestion only ever has words that exist on the site. Words
 * the index knows are left alone, and only unknown words cost a look-up.
 */
final class DidYouMean {

    /** Shorter words have too many neighbours to guess from; longer ones are no typos. */
    private static final int MIN_LENGTH = 4;
    private static final int MAX_LENGTH = 40;

    private final DirectSpellChecker checker = new DirectSpellChecker();

    DidYouMean() {
        checker.setMinQueryLength(MIN_LENGTH);
        checker.setMaxQueryLength(MAX_LENGTH);
        checker.setMaxEdits(2);
        // unlike the near-miss search, a wrong first letter is corrected ("asmosis"), if it is the only typo
        // (Lucene's spell checker keeps the first letter for two edits)
        checker.setMinPrefix(0);
    }

    /** @param docFreq in how many questions a term is, summed over the searched fields */
    Optional<String> suggest(QueryWords query, IndexReader reader, ToIntFunction<String> docFreq) throws IOException {
        List<String> corrected = new ArrayList<>(query.words().size());
        boolean changed = false;
        for (QueryWords.Word word : query.words()) {
            String replacement = word.text();
            if (word.term() != null && docFreq.applyAsInt(word.term()) == 0) {
                SuggestWord[] best = checker.suggestSimilar(new Term(IndexedFields.SPELLING, word.text()), 1, reader,
                        SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (best.length > 0) {
                    replacement = best[0].string;
                    changed = true;
                }
            }
            corrected.add(replacement);
        }
        return changed ? Optional.of(String.join(" ", corrected)) : Optional.empty();
    }
}
