package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.irix.IRIs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

class IrisTest {
    private static final Pattern SHAPE = Pattern.compile(
            "https://w3id\\.org/newsgraph/id/(Q[1-9][0-9]*|[a-z]{3}-[A-Za-z0-9_-]{1,90})");

    private static Entity person(String name) {
        return new Entity(EntityType.PERSON, name, null, Set.of(), List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"José Álvarez-Díaz", "Zoë O'Neill", "王毅", "Сергей Лавров", "عبد الله",
            "a<b>c\"d{e}f|g^h\\i`j", "   ", "Ahmed\u0000Null",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void entity_anyName_givesAValidIriOfTheDocumentedShape(String name) {
        String iri = Iris.entity(person(name));
        assertTrue(IRIs.check(iri), iri);
        assertTrue(SHAPE.matcher(iri).matches(), iri);
    }

    @Test
    void entity_linked_isTheQidAlone() {
        Entity russia = new Entity(EntityType.COUNTRY, "Russia", "Q159", Set.of(), List.of());
        assertEquals("https://w3id.org/newsgraph/id/Q159", Iris.entity(russia));
    }

    @Test
    void entity_sameNameInOtherCase_isTheSameNode_otherNameIsNot() {
        assertEquals(Iris.entity(person("Tammy Bruce")), Iris.entity(person("TAMMY  BRUCE")));
        assertNotEquals(Iris.entity(person("Tammy Bruce")), Iris.entity(person("Tammy Brace")));
    }

    @Test
    void articleKey_unsafeId_isSluggedAndHashed_safeIdIsKept() {
        assertEquals("000_5eb-x", Iris.articleKey("000_5eb-x"));
        String key = Iris.articleKey("feeds/2025 07/a.b");
        assertTrue(key.matches("[a-z0-9-]+-[0-9a-f]{12}"), key);
        assertNotEquals(Iris.articleKey("a/b"), Iris.articleKey("a-b"));
    }

    @Test
    void wikidataNode_rejectsWhatIsNoQid() {
        assertThrows(IllegalArgumentException.class, () -> Iris.wikidataNode("Q0"));
        assertThrows(IllegalArgumentException.class, () -> Iris.wikidataNode("Q1> <x"));
    }
}
