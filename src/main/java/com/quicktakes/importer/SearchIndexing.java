package com.quicktakes.importer;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.quicktakes.catalog.ContentStatus;
import com.quicktakes.catalog.ContentVersion;
import com.quicktakes.catalog.QuestionRepository;
import com.quicktakes.catalog.SearchSource;
import com.quicktakes.config.SiteConfig;
import com.quicktakes.search.AnswerText;
import com.quicktakes.search.IndexUpdate;
import com.quicktakes.search.SearchDocument;
import com.quicktakes.search.SearchIndex;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps the search index in step with the database. An import changes both in one run: its index
 * update is prepared before the database commits and published right after, before the content
 * version moves, so that a search never shows one version's results with another's pages. An
 * index that does not match the database (a crash between the two commits, a new index schema,
 * an in-memory index of a database restored from elsewhere) is rebuilt from the database.
 */
@ApplicationScoped
public class SearchIndexing {

    private static final Logger LOG = Logger.getLogger(SearchIndexing.class);

    @Inject
    SearchIndex index;

    @Inject
    ContentStatus status;

    @Inject
    QuestionRepository questions;

    @Inject
    SiteConfig config;

    /** A server that does not import at start checks its index now; the startup import does it first thing. */
    void onStart(@Observes StartupEvent event) {
        if (!config.importOnStart()) {
            ensureCurrent();
        }
    }

    /** The changes of one import, on an index that matches the database. */
    IndexUpdate begin() {
        ensureCurrent();
        return index.update();
    }

    /** Makes a committed import's changes searchable; called right after the database commit. */
    void publish(IndexUpdate update) {
        update.commit();
        index.refresh();
    }

    /** Rebuilds the index from the database when it does not hold the database's content version. */
    void ensureCurrent() {
        Optional<ContentVersion> content = status.version();
        OptionalLong indexed = index.committedVersion();
        if (content.isEmpty()) {
            if (index.documentCount() > 0 || indexed.isPresent()) {
                index.rebuild(Stream.empty(), -1); // a database started afresh: nothing is searchable yet
            }
            return;
        }
        long version = content.get().number();
        if (indexed.isPresent() && indexed.getAsLong() == version) {
            return;
        }
        LOG.infof("rebuilding the search index from the database (it holds content version %s, the database %d)",
                indexed.isPresent() ? indexed.getAsLong() : "none", version);
        long started = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            try (Stream<SearchSource> sources = questions.searchSources()) {
                index.rebuild(sources.map(SearchIndexing::document), version);
            }
        });
        LOG.infof("search index rebuilt: %d questions in %.1f s", index.documentCount(), (System.nanoTime() - started) / 1e9);
    }

    private static SearchDocument document(SearchSource source) {
        return new SearchDocument(source.sourcePath(), source.url(), source.title(), source.questionText(),
                source.subjectSlug(), source.subjectName(), AnswerText.fromHtml(source.answerHtml()));
    }
}
