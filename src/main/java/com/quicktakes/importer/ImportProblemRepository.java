package com.quicktakes.importer;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The content's current problems, kept with their files by the imports. */
@ApplicationScoped
public class ImportProblemRepository implements PanacheRepositoryBase<StoredProblem, StoredProblem.Key> {

    /** Every current problem, by path, then in the order the file's reading found them. */
    public List<ImportProblem> all() {
        return find("order by path, seq").stream().map(StoredProblem::toProblem).toList();
    }
}
