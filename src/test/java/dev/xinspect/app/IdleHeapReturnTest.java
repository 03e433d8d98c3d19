package dev.xinspect.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The periodic collection is turned on once, and never over a value someone set before. */
class IdleHeapReturnTest {
    private final HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    @AfterEach
    void turnItOffAgain() {
        hotspot.setVMOption(IdleHeapReturn.OPTION, "0"); // the rest of the test JVM runs as it started
    }

    @Test
    void aDefaultIntervalIsSetToOneSecondAndASetOneIsKept() {
        assertEquals("0", hotspot.getVMOption(IdleHeapReturn.OPTION).getValue(), "the test JVM starts without it");

        assertTrue(IdleHeapReturn.enable());
        assertEquals("1000", hotspot.getVMOption(IdleHeapReturn.OPTION).getValue());

        hotspot.setVMOption(IdleHeapReturn.OPTION, "5000"); // as a user's -XX:G1PeriodicGCInterval would be
        assertFalse(IdleHeapReturn.enable());
        assertEquals("5000", hotspot.getVMOption(IdleHeapReturn.OPTION).getValue());
    }
}
