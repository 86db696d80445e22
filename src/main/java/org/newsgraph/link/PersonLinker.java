package org.newsgraph.link;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.LinkMethod;

/**
 * Links a person the text names but the bundled knowledge base does not hold. Precision first: a wrong QID is
 * worse than none, so a name that stays ambiguous after the article's context is left unlinked.
 */
public interface PersonLinker {
    /** Links nobody: the linker when no office-holders' knowledge base is in use. */
    PersonLinker NONE = person -> Optional.empty();

    Optional<Link> link(Person person);

    /**
     * Whether any name of the person is one this linker has candidates for, linked or not: a name it finds
     * ambiguous is known, and is not worth asking elsewhere.
     */
    default boolean knows(Person person) {
        return false;
    }

    /**
     * Links by {@code known}, and asks {@code unknown} (Wikidata's search) only about the people {@code known} has
     * no candidate for at all: its knowledge, ambiguous or not, comes first.
     */
    static PersonLinker withFallback(PersonLinker known, PersonLinker unknown) {
        return person -> {
            Optional<Link> link = known.link(person);
            return link.isPresent() || known.knows(person) ? link : unknown.link(person);
        };
    }

    /** The linker over an office-holders' knowledge base. */
    static PersonLinker of(OfficeHolders kb) {
        return new OfficeHolderLinker(kb);
    }

    /**
     * What one article says of one person.
     *
     * @param names     the forms the article writes, fullest first
     * @param roles     the titles the article gives the person, with the country each serves where it says
     * @param countries the QIDs of the countries the article names
     * @param published the article's day, or null
     */
    record Person(List<String> names, List<Role> roles, Set<String> countries, LocalDate published) {
        public Person {
            names = List.copyOf(names);
            roles = List.copyOf(roles);
            countries = Set.copyOf(countries);
        }
    }

    /** A title the article gives, and the QID of the country it serves or null. */
    record Role(String title, String country) {
        public Role {
            Objects.requireNonNull(title, "title");
        }
    }

    /** A link: the person's item and label, how it was made, and the office it rests on where one decided. */
    record Link(String qid, String label, LinkMethod method, List<Office> offices) {
        public Link {
            Objects.requireNonNull(qid, "qid");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(method, "method");
            offices = List.copyOf(offices);
        }
    }
}
