package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameKeysTest {
    @Test
    void key_dropsDiacriticsCaseAndFormsOfAddress() {
        assertEquals("bui thanh son", NameKeys.key("Dr. Bùi Thanh Sơn"));
        assertEquals("jose maria perez", NameKeys.key("  JOSÉ  María Pérez "));
    }

    @Test
    void key_keepsADashBetweenLetters_soHyphenatedGivenNamesStayOneWord() {
        assertEquals("kim tok-hun", NameKeys.key("Kim Tok\u2011hun"));
        assertEquals("nana akufo-addo", NameKeys.key("Nana Akufo-Addo"));
        assertEquals("oneill", NameKeys.key("O\u2019Neill"));
    }

    @Test
    void shorterKeys_areTheFormsNewsShortensNamesTo() {
        String key = NameKeys.key("Nana Addo Dankwa Akufo-Addo");
        assertEquals("nana akufo-addo", NameKeys.firstAndLast(key));
        assertEquals("akufo-addo", NameKeys.surname(key));
        assertEquals("nana", NameKeys.given(key));
        assertEquals("nanaaddodankwaakufoaddo", NameKeys.compact(key));
        assertEquals("", NameKeys.firstAndLast("kim tok-hun"));
        assertEquals("", NameKeys.surname("akufo-addo"));
    }
}
