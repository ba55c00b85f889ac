package org.loyaltylab.experiment;

/**
 * A YAML scalar that looks like a number or a truth value but is not one this tool reads:
 * hexadecimal, octal, binary or base-60 numbers, {@code .nan}, {@code .inf}, numbers too large,
 * and quoted numbers (which YAML reads as text). Whoever expected a value reports
 * {@link #problem()} with the key and what it allows.
 *
 * @param written the scalar as written in the file
 * @param problem what is wrong with it, in words, quoting what was written
 */
public record UnreadableScalar(String written, String problem) {

    /** @return what was written, so that messages quote the file */
    @Override
    public String toString() {
        return written;
    }
}
