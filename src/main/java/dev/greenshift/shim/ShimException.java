package dev.greenshift.shim;

/** Input a shim cannot be generated from (a path outside the project, a file greenshift did not write...). */
public final class ShimException extends Exception {
    public ShimException(String message) {
        super(message);
    }
}
