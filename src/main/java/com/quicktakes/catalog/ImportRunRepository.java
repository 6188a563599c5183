package com.quicktakes.catalog;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** The committed imports: the newest describes the content being served. */
@ApplicationScoped
public class ImportRunRepository implements PanacheRepository<ImportRun> {

    public Optional<ImportRun> last() {
        return find("order by id desc").firstResultOptional();
    }

    /** The newest import that changed content, or else the first import (of an empty folder); empty before any. */
    Optional<ContentVersion> contentVersion() {
        return find("order by changedContent desc, id desc").firstResultOptional()
                .map(run -> new ContentVersion(run.changedContent ? run.id : 0, run.finishedAt));
    }
}
