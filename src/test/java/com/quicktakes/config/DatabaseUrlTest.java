package com.quicktakes.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void theUrlOfAFolderIsAnAbsoluteFileUrlWhoseFileIsInThatFolder() {
        String url = DatabaseUrl.inFolder(Path.of("data"));
        assertThat(url).startsWith("jdbc:h2:file:" + Path.of("data").toAbsolutePath().resolve("quicktakes") + ";");
        assertThat(DatabaseUrl.databaseFile(url)).contains(Path.of("data").toAbsolutePath().resolve("quicktakes.mv.db"));
    }

    @Test
    void aFileUrlNamesItsFileWithOrWithoutOptions() {
        assertThat(DatabaseUrl.databaseFile("jdbc:h2:file:/srv/site/db;CACHE_SIZE=1")).contains(Path.of("/srv/site/db.mv.db"));
        assertThat(DatabaseUrl.databaseFile("jdbc:h2:file:/srv/site/db")).contains(Path.of("/srv/site/db.mv.db"));
    }

    @Test
    void aDatabaseInMemoryOrOnAServerHasNoFile() {
        assertThat(DatabaseUrl.databaseFile("jdbc:h2:mem:quicktakes;DB_CLOSE_DELAY=-1")).isEmpty();
        assertThat(DatabaseUrl.databaseFile("jdbc:h2:tcp://db/quicktakes")).isEmpty();
    }
}
