package com.quicktakes.importer;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A content file as the last import saw it: its hash lets the next import skip it when unchanged. */
@Entity
public class ContentFile {

    /** Relative to the content folder, with {@code /} separators. */
    @Id
    public String path;

    public String sha256;

    /** The url the file claims, once it parsed that far. */
    public String url;

    /** Files with errors are read again by every import: a duplicate url, for one, may have gone. */
    public boolean hasErrors;
}
