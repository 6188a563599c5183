package com.quicktakes.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The subjects that have questions to list, by name, read from the database once per content
 * version: every page's header links to them, and every search checks its subject filter against
 * them (reading them was 7% of a search's time). Around an import's commit they may be a version
 * ahead of a page's own reads, which is fine for links and filters; a page that lists subjects as
 * its content reads them in its own transaction ({@link SubjectRepository#listed()}). The
 * subjects are detached from any session: read them, never change them.
 */
@ApplicationScoped
public class ListedSubjects {

    @Inject
    SubjectRepository subjects;

    @Inject
    ContentStatus status;

    private volatile Snapshot current;

    private record Snapshot(long version, List<Subject> all, Map<String, Subject> bySlug) {
    }

    public List<Subject> all() {
        return snapshot().all();
    }

    public Optional<Subject> bySlug(String slug) {
        return Optional.ofNullable(snapshot().bySlug().get(slug));
    }

    /**
     * The version is read before the subjects: a snapshot is never older than the version it is
     * kept under, and an import committing meanwhile only costs one more read.
     */
    private Snapshot snapshot() {
        long version = status.version().map(ContentVersion::number).orElse(-1L);
        Snapshot snapshot = current;
        if (snapshot == null || snapshot.version() != version) {
            List<Subject> listed = List.copyOf(subjects.listed());
            snapshot = new Snapshot(version, listed,
                    listed.stream().collect(Collectors.toUnmodifiableMap(s -> s.slug, Function.identity())));
            current = snapshot;
        }
        return snapshot;
    }
}
