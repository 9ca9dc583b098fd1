package org.rcodels.catalog;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.api.Test;

class CatalogLoadTest {
    @Test
    void standardCatalogLoadsAndValidates() {
        assertDoesNotThrow(Catalog::standard);
    }
}
