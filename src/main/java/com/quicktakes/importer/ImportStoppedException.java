package com.quicktakes.importer;

/** Thrown inside the import transaction when a stop was requested, so that the transaction rolls back. */
public final class ImportStoppedException extends RuntimeException {

    ImportStoppedException() {
        super("the import was stopped before it finished; nothing changed");
    }
}
