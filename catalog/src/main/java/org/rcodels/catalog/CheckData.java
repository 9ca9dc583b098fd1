package org.rcodels.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Validates catalog data files in a folder without a build: {@code java -cp ... org.rcodels.catalog.CheckData DIR}.
 * Prints every problem (file, entry, field) and exits 1 if there are any. Used by {@code scripts/check-catalog}.
 */
public final class CheckData {
    private CheckData() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "catalog/src/main/resources/org/rcodels/catalog/data");
        try {
            Catalog c = Catalog.load(name -> open(dir.resolve(name)));
            System.out.println("ok: " + c.entries().size() + " entries, " + c.tools().size() + " tools, "
                    + c.confusions().size() + " confusion notes");
        } catch (CatalogException e) {
            System.out.println(e.getMessage());
            System.exit(1);
        }
    }

    private static InputStream open(Path p) {
        try {
            return Files.exists(p) ? Files.newInputStream(p) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
