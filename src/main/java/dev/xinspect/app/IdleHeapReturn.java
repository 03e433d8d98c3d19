package dev.xinspect.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;

/**
 * Lets G1 give memory back while the window is idle: once the first frame is painted, G1's periodic collection
 * ({@code G1PeriodicGCInterval}, a manageable option) is turned on, so a second without a collection starts one and
 * the heap shrinks to what is in use (the launcher's {@code MinHeapFreeRatio}/{@code MaxHeapFreeRatio}). Turned on
 * from the launcher instead, it also ran during start-up, between the toolkit's phases, shrank the heap the start-up
 * was about to fill and added young collections before the first frame. A value set on the command line is kept;
 * a JVM without the option is left as it is.
 */
final class IdleHeapReturn {
    static final String OPTION = "G1PeriodicGCInterval";
    static final long INTERVAL_MILLIS = 1_000;

    private IdleHeapReturn() {
    }

    /** Turns the periodic collection on; false when the option was set on the command line or is not there. */
    static boolean enable() {
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (hotspot == null || hotspot.getVMOption(OPTION).getOrigin() != VMOption.Origin.DEFAULT) {
                return false;
            }
            hotspot.setVMOption(OPTION, Long.toString(INTERVAL_MILLIS));
            return true;
        } catch (IllegalArgumentException | SecurityException | LinkageError e) {
            return false; // another VM, or a runtime without jdk.management: memory is then returned as the VM does
        }
    }
}
