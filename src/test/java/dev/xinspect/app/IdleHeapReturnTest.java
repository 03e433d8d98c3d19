package dev.xinspect.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The periodic collection is on while the app is idle, off while it works, and never over a value someone set. */
class IdleHeapReturnTest {
    private final HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    @AfterEach
    void turnItOffAgain() {
        hotspot.setVMOption(IdleHeapReturn.OPTION, "0"); // the rest of the test JVM runs as it started
    }

    private String interval() {
        return hotspot.getVMOption(IdleHeapReturn.OPTION).getValue();
    }

    // One test: once set through the management interface, the option's origin is no longer the default.
    @Test
    void aDefaultIntervalIsOneSecondWhileIdleAndOffWhileBusyAndASetOneIsKept() {
        assertEquals("0", interval(), "the test JVM starts without it");

        IdleHeapReturn heapReturn = IdleHeapReturn.take().orElseThrow();
        assertEquals("1000", interval(), "idle once the first frame is painted");
        heapReturn.follow(false);
        assertEquals("0", interval());
        heapReturn.follow(true);
        assertEquals("1000", interval());

        hotspot.setVMOption(IdleHeapReturn.OPTION, "5000"); // as a user's -XX:G1PeriodicGCInterval would be
        assertTrue(IdleHeapReturn.take().isEmpty());
        assertEquals("5000", interval());
    }
}
