package com.quicktakes;

import com.quicktakes.importer.ImportCommand;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * One build, two uses: with no arguments the site is served; {@code import [options] [dir]}
 * imports content and exits, without opening the web server.
 */
@QuarkusMain
public class SiteMain {

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("import")) {
            // Set before Quarkus reads its configuration; explicit -D settings still win.
            System.getProperties().putIfAbsent("quarkus.http.host-enabled", "false");
            System.getProperties().putIfAbsent("quarkus.management.host-enabled", "false");
            System.getProperties().putIfAbsent("site.import-on-start", "false");
            // The command imports once and exits: it never watches, whatever the configuration says.
            System.setProperty("site.watch", "false");
            System.getProperties().putIfAbsent("quarkus.banner.enabled", "false");
            System.getProperties().putIfAbsent("quarkus.log.console.level", "WARN");
            // The command writes snapshots and never loads one, even with SITE_SNAPSHOT set for the server.
            System.setProperty("site.snapshot", "");
            Quarkus.run(ImportCommand.class, args);
        } else {
            Quarkus.run(args);
        }
    }
}
