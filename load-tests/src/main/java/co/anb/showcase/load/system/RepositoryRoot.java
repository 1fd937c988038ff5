package co.anb.showcase.load.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The repository the capacity tests run in: they start the app from its app/target and write under it. */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    /** The nearest folder at or above {@code start} that holds app/pom.xml and mvnw. */
    public static Optional<Path> find(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("app/pom.xml")) && Files.exists(dir.resolve("mvnw"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
