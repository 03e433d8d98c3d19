package dev.xinspect.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class PkceTest {

    // RFC 7636 Appendix B: these 32 octets give this verifier, whose S256 challenge is E9Mel…
    private static final byte[] APPENDIX_B_OCTETS = {116, 24, (byte) 223, (byte) 180, (byte) 151, (byte) 153, (byte) 224,
            37, 79, (byte) 250, 96, 125, (byte) 216, (byte) 173, (byte) 187, (byte) 186, 22, (byte) 212, 37, 77, 105,
            (byte) 214, (byte) 191, (byte) 240, 91, 88, 5, 88, 83, (byte) 132, (byte) 141, 121};

    @Test
    void rfc7636AppendixBVector() {
        RandomGenerator appendixB = new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public void nextBytes(byte[] bytes) {
                System.arraycopy(APPENDIX_B_OCTETS, 0, bytes, 0, bytes.length);
            }
        };
        String verifier = Pkce.newVerifier(appendixB);
        assertEquals("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", verifier);
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", Pkce.challengeS256(verifier));
    }

    @Test
    void generatedVerifiersHaveTheAllowedLengthAndAlphabet() {
        SplittableRandom random = new SplittableRandom(7);
        String shortest = Pkce.newVerifier(random);
        String longest = Pkce.newVerifier(random, 96);
        assertEquals(43, shortest.length());
        assertEquals(128, longest.length());
        Pkce.requireValidVerifier(shortest);
        Pkce.requireValidVerifier(longest);
        assertEquals(shortest, Pkce.challengePlain(shortest));
    }

    @Test
    void invalidVerifiersAreRejectedWithoutQuotingThem() {
        String tooShort = "abc";
        String badChar = "a".repeat(42) + "+";
        IllegalArgumentException e1 = assertThrows(IllegalArgumentException.class, () -> Pkce.challengeS256(tooShort));
        IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class, () -> Pkce.challengeS256(badChar));
        assertTrue(e1.getMessage().contains("43 to 128"));
        assertFalse(e2.getMessage().contains(badChar));
        assertThrows(IllegalArgumentException.class, () -> Pkce.challengeS256("a".repeat(129)));
    }
}
