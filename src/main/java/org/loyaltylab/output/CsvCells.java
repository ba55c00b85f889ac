package org.loyaltylab.output;

/**
 * How cells are written in every table: whole numbers without a decimal point, other numbers
 * rounded to 7 significant digits (far below the simulation's own noise), missing values (NaN)
 * as an empty cell, text quoted only when it must be. Deterministic, and read as is by R and pandas.
 */
public final class CsvCells {
    private static final java.math.MathContext SIGNIFICANT = new java.math.MathContext(7);
    private CsvCells() {
    }

    /** @return a number as a cell */
    public static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new java.math.BigDecimal(v).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
    }

    /** @return any value as a cell: numbers as by {@link #number(double)}, text quoted if needed */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return number(((Number) value).doubleValue());
        }
        String s = value.toString();
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** @return the cells joined by commas */
    public static String line(Object... cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells[i]));
        }
        return b.toString();
    }
}
