package com.quicktakes.importer;

/** Lets tests of other packages decode answers the way the importer does. */
public final class ExportNewlinesAccess {

    private ExportNewlinesAccess() {
    }

    public static String decode(String exported) {
        return ExportNewlines.decode(exported);
    }
}
