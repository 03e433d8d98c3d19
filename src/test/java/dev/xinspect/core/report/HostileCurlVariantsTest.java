package dev.xinspect.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile variants of the corpus: any text is imported or refused in one sentence (never another exception), and a
 * command pasted through Windows line ends, with extra blanks between its words, imports as the same request.
 */
class HostileCurlVariantsTest {
    private static final List<String> VALID = valid();

    private static List<String> valid() {
        try {
            return CurlCorpusTest.corpus().filter(c -> !c.refused() && !c.name().contains("windows") && !c.name().contains("powershell"))
                    .map(CurlCorpusTest.Case::command).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Provide
    Arbitrary<String> shellish() {
        return Arbitraries.strings().withChars("curl -HXdF'\"\\$`{}()#;&|<>^ \n\t=:@/abc\u201C\u00A0").ofMaxLength(80)
                .map(text -> "curl " + text);
    }

    @Property(tries = 400)
    void anyTextIsImportedOrRefusedInOneSentence(@ForAll("shellish") String text) {
        try {
            new CurlCommandParser().parse(text);
        } catch (CurlCommandParser.NotCurlException e) {
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        }
    }

    @Provide
    Arbitrary<Integer> corpusIndex() {
        return Arbitraries.integers().between(0, VALID.size() - 1);
    }

    @Property(tries = 200)
    void crlfLineEndsAndExtraBlanksChangeNothing(@ForAll("corpusIndex") int index, @ForAll("blanks") String blanks) throws Exception {
        String command = VALID.get(index);
        ImportedRequest plain = new CurlCommandParser().parse(command);
        String hostile = command.replace("\n", "\r\n").replaceFirst(" -", blanks + "-");

        ImportedRequest variant = new CurlCommandParser().parse(hostile);

        assertEquals(plain.method(), variant.method());
        assertEquals(plain.url(), variant.url());
        assertEquals(plain.headers(), variant.headers());
        assertEquals(plain.body(), variant.body());
        assertEquals(plain.parts(), variant.parts());
    }

    @Provide
    Arbitrary<String> blanks() {
        return Arbitraries.strings().withChars(" \t").ofMinLength(1).ofMaxLength(6);
    }
}
