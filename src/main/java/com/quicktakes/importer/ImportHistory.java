package com.quicktakes.importer;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** What the committed imports left behind: the last one's summary and the content's current problems. */
@ApplicationScoped
public class ImportHistory {

    @Inject
    EntityManager em;

    public Optional<ImportRun> lastRun() {
        return em.createQuery("from ImportRun order by id desc", ImportRun.class).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Every current problem, by path, then in the order the file's reading found them. */
    public List<ImportProblem> problems() {
        return em.createQuery("from StoredProblem order by path, seq", StoredProblem.class)
                .getResultStream().map(StoredProblem::toProblem).toList();
    }

    /** The newest import that changed content, or else the first import (of an empty folder); empty before any. */
    Optional<ContentStatus.ContentVersion> contentVersion() {
        return em.createQuery("from ImportRun order by changedContent desc, id desc", ImportRun.class).setMaxResults(1)
                .getResultStream().findFirst()
                .map(run -> new ContentStatus.ContentVersion(run.changedContent ? run.id : 0, run.finishedAt));
    }
}
