package org.loyaltylab.model.market;

import java.util.Arrays;
import org.loyaltylab.model.random.KeyedRandom;
import org.loyaltylab.model.random.Stream;

/**
 * Who tells whom (M9): every customer has a fixed number of directed links to other
 * customers, stored flat as primitive ints (4 bytes per link). Customers in the base at day 0
 * link to random others of that base; later customers link to existing customers, a referred
 * customer's first link going back to the one who referred them. Links depend only on (seed,
 * id), so arms share the network. The GUI shows a sample of it as a MASON network field.
 */
public final class SocialNetwork {
    private final int degree;
    private final KeyedRandom random;
    private int[] links = new int[0];
    private int size;

    /**
     * @param degree links per customer
     * @param random the run's keyed generator
     */
    public SocialNetwork(int degree, KeyedRandom random) {
        this.degree = degree;
        this.random = random;
    }

    /** @return links per customer */
    public int degree() {
        return degree;
    }

    /** Makes room for the links of {@code customers} customers in all. */
    public void reserve(int customers) {
        long needed = (long) customers * degree;
        if (needed > links.length) {
            links = Arrays.copyOf(links, Math.toIntExact(needed));
        }
    }

    /**
     * Links a new customer.
     *
     * @param id       the customer's id, equal to the number of customers linked before
     * @param pool     the ids [0, pool) to link to
     * @param referrer the customer who referred them, or -1
     */
    public void link(int id, int pool, int referrer) {
        if (id != size) {
            throw new IllegalArgumentException("customers must be linked in id order");
        }
        size++;
        if (degree == 0) {
            return;
        }
        if ((long) size * degree > links.length) {
            links = Arrays.copyOf(links, Math.max(size * degree, links.length + (links.length >> 2)));
        }
        random.start(Stream.NETWORK, id, 0);
        for (int j = 0; j < degree; j++) {
            int other;
            if (j == 0 && referrer >= 0) {
                other = referrer;
            } else if (pool <= 1) {
                other = id;
            } else {
                other = (int) (random.uniform() * (pool - 1));
                other = other >= id ? other + 1 : other;
            }
            links[id * degree + j] = other;
        }
    }

    /** @return the {@code j}-th contact of customer {@code id} (may be the customer itself in a tiny base) */
    public int contact(int id, int j) {
        return links[id * degree + j];
    }
}
