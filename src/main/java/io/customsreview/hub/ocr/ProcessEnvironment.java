package io.customsreview.hub.ocr;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * The native side of the process environment. OpenMP (inside libtesseract) reads OMP_THREAD_LIMIT once, when the
 * library is loaded; a jar started without it ran each Tesseract with several threads beside the pool's workers,
 * and a 6-document degraded dossier took 50–63 s instead of 11–13 s. Setting it in the process before Tesseract is
 * loaded makes a plain {@code java -jar … review} as fast as the scripts, which set it themselves.
 */
final class ProcessEnvironment {

    private interface C extends Library {
        int setenv(String name, String value, int overwrite);

        String getenv(String name);
    }

    private ProcessEnvironment() {
    }

    /** sets {@code name} for this process's native code unless it is set already; false when it cannot */
    static boolean setIfUnset(String name, String value) {
        try {
            return Native.load("c", C.class).setenv(name, value, 0) == 0;
        } catch (LinkageError | RuntimeException e) {
            return false; // not a C library with setenv (not Linux/macOS): the scripts' setting is then needed
        }
    }

    /** the variable as native code sees it (Java's System.getenv keeps the environment the JVM started with) */
    static String nativeValue(String name) {
        try {
            return Native.load("c", C.class).getenv(name);
        } catch (LinkageError | RuntimeException e) {
            return null;
        }
    }
}
