package dev.xinspect.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Lets G1 give memory back while the app is idle: G1's periodic collection ({@code G1PeriodicGCInterval}, a
 * manageable option) is on while the window is idle, so a second without a collection starts one and the heap
 * shrinks to what is in use (the launcher's {@code MinHeapFreeRatio}/{@code MaxHeapFreeRatio}); it is off while the
 * window works (scrolls, lays out, paints). On all the time, it collected in the middle of a scroll once a body's formatting stopped allocating
 * (a second without a collection), and copying the body's fresh line index took 40 to 80 ms: a frozen frame. Turned on
 * from the launcher, it also ran during start-up and added young collections before the first frame. A value set on
 * the command line is kept; a JVM without the option is left as it is.
 */
final class IdleHeapReturn {
    static final String OPTION = "G1PeriodicGCInterval";
    static final long INTERVAL_MILLIS = 1_000;
    /** Below this share of one core's time since the last look, the window is idle (a spinner or a caret is below). */
    static final double IDLE_CORE_SHARE = 0.10;
    private static final long LOOK_EVERY_MILLIS = 500;

    private final HotSpotDiagnosticMXBean hotspot;
    private boolean on;

    private IdleHeapReturn(HotSpotDiagnosticMXBean hotspot) {
        this.hotspot = hotspot;
    }

    /**
     * Turns the periodic collection on (the window is idle once its first frame is painted); empty when the option was
     * set on the command line or is not there.
     */
    static Optional<IdleHeapReturn> take() {
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (hotspot == null || hotspot.getVMOption(OPTION).getOrigin() != VMOption.Origin.DEFAULT) {
                return Optional.empty();
            }
            IdleHeapReturn heapReturn = new IdleHeapReturn(hotspot);
            heapReturn.follow(true);
            return Optional.of(heapReturn);
        } catch (IllegalArgumentException | SecurityException | LinkageError e) {
            return Optional.empty(); // another VM, or a runtime without jdk.management: memory is returned as the VM does
        }
    }

    /** The periodic collection on while {@code idle}, off while not; the option is set only when that changes. */
    void follow(boolean idle) {
        if (idle != on) {
            hotspot.setVMOption(OPTION, idle ? Long.toString(INTERVAL_MILLIS) : "0");
            on = idle;
        }
    }

    /**
     * Looks at the CPU time of {@code window} (the FX thread) twice a second and follows it: idle below
     * {@link #IDLE_CORE_SHARE} of a core. The window's thread, not the process: after start-up and while a body is
     * formatted, other threads work while the window waits, and the heap should still shrink.
     */
    void followThreadCpu(Thread window) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isThreadCpuTimeSupported() || !threads.isThreadCpuTimeEnabled()) {
            return; // no CPU time to go by: the collection stays on, as it was
        }
        long id = window.threadId();
        ScheduledExecutorService looks = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "xinspect-idle-heap");
            thread.setDaemon(true);
            return thread;
        });
        long[] last = {threads.getThreadCpuTime(id), System.nanoTime()};
        looks.scheduleWithFixedDelay(() -> {
            long cpu = threads.getThreadCpuTime(id);
            long now = System.nanoTime();
            if (cpu < 0) {
                follow(true);
                looks.shutdown(); // the window's thread has ended
                return;
            }
            follow(cpu - last[0] < IDLE_CORE_SHARE * (now - last[1]));
            last[0] = cpu;
            last[1] = now;
        }, LOOK_EVERY_MILLIS, LOOK_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }
}
