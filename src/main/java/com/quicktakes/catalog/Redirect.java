package com.quicktakes.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A line of the operator's redirects file: an old path and where it moved. */
@Entity
@Table(name = "redirect")
public class Redirect {

    @Id
    public String path;

    public String target;
}
