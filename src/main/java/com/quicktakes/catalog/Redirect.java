package com.quicktakes.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A line of the operator's redirects file: an old path and where it moved. */
@Entity
public class Redirect {

    @Id
    public String path;

    public String target;
}
