package dev.ackgen.runtime.client;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The pages of a paged list operation, each fetched only when iteration reaches it, and the items
 * on them. Generated clients return one from their {@code ...Pages} methods:
 *
 * <pre>{@code
 * client.describeClustersV1Pages(DescribeClustersV1Request.builder().pageSize(50L).build())
 *         .items()
 *         .forEach(cluster -> System.out.println(cluster.getName()));
 * }</pre>
 *
 * <p>Pages are numbered: the first is the request's page number (1 when it has none), and each
 * next page asks for the number after it. The pages end
 * <ul>
 *   <li>at a page with no items (which is not handed out, unless it is the first);
 *   <li>when the response gives the total count and the pages so far reach it;
 *   <li>without a total count, at a page with fewer items than the requested page size or the
 *       largest page so far, whichever is smaller (so without a requested size, the first page
 *       ends them only when the next one is empty).
 * </ul>
 * The page size counted is what the server answered, not only what was asked: a server that
 * caps the page size (asked for 500, sends 100) is paged through to the end all the same.
 *
 * <p>Each iteration starts over at the first page and calls the operation again; the object itself
 * holds no page. Failures of a call (validation, ACK's errors, timeouts) are thrown by the
 * iterator's {@code hasNext} or {@code next}, or by the stream's terminal operation, as the
 * operation would throw them. Not thread-safe while iterating; each iterator is its own.
 *
 * @param <P> the operation's response: one page
 * @param <T> an item on a page
 */
public final class Pages<P, T> implements Iterable<P> {
    private final long firstPage;
    private final Long pageSize;
    private final LongFunction<P> fetch;
    private final Function<P, List<T>> items;
    private final Function<P, ? extends Number> totalCount;

    private Pages(long firstPage, Long pageSize, LongFunction<P> fetch, Function<P, List<T>> items,
            Function<P, ? extends Number> totalCount) {
        this.firstPage = firstPage;
        this.pageSize = pageSize;
        this.fetch = fetch;
        this.items = items;
        this.totalCount = totalCount;
    }

    /**
     * Numbered pages; what generated clients call.
     *
     * @param firstPage the request's page number, or null for page 1
     * @param pageSize the request's page size, or null when it leaves it to the server
     * @param fetch calls the operation for a page number
     * @param items the items on a page; an empty list (never null) when there are none
     * @param totalCount the total number of items a page reports, or null when it does not
     * @return the pages, not yet fetched
     * @throws IllegalArgumentException if the first page is below 1 or the page size below 1
     */
    public static <P, T> Pages<P, T> numbered(Number firstPage, Number pageSize, LongFunction<P> fetch,
            Function<P, List<T>> items, Function<P, ? extends Number> totalCount) {
        long first = firstPage == null ? 1 : firstPage.longValue();
        if (first < 1) {
            throw new IllegalArgumentException("the page number must be 1 or more, not " + first);
        }
        if (pageSize != null && pageSize.longValue() < 1) {
            throw new IllegalArgumentException("the page size must be 1 or more, not " + pageSize);
        }
        return new Pages<>(first, pageSize == null ? null : pageSize.longValue(), Objects.requireNonNull(fetch, "fetch"),
                Objects.requireNonNull(items, "items"), Objects.requireNonNull(totalCount, "totalCount"));
    }

    /**
     * A page number or size that a spec declares as a string, as a number.
     *
     * @param value the parameter's value, or null
     * @param parameter the parameter's name, for the message
     * @return the number, or null when the value is null
     * @throws IllegalArgumentException if the value is not a whole number
     */
    public static Long parse(String value, String parameter) {
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(parameter + " must be a whole number for paging, not \"" + value + "\"", e);
        }
    }

    /** The pages, fetched one by one as the iterator reaches them. */
    @Override
    public Iterator<P> iterator() {
        return new PageIterator();
    }

    /** The pages as a sequential stream, fetched as the stream reaches them. */
    public Stream<P> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Every item on every page, in order, fetching pages as the stream reaches them. */
    public Stream<T> items() {
        return stream().flatMap(page -> items.apply(page).stream());
    }

    private final class PageIterator implements Iterator<P> {
        private long nextNumber = firstPage;
        /** The most items one page held so far: the server's page size, whatever the request asked for. */
        private long largestPage;
        private boolean first = true;
        private boolean more = true;
        private P next;

        @Override
        public boolean hasNext() {
            if (next == null && more) {
                fetchNext();
            }
            return next != null;
        }

        @Override
        public P next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            P page = next;
            next = null;
            return page;
        }

        private void fetchNext() {
            long number = nextNumber;
            P page = Objects.requireNonNull(fetch.apply(number), "the operation returned no page");
            List<T> onPage = items.apply(page);
            int count = onPage.size();
            largestPage = Math.max(largestPage, count);
            Number total = totalCount.apply(page);
            if (count == 0 || number == Long.MAX_VALUE) {
                more = false;
            } else if (total != null) {
                // The largest page is the server's page size: never more than the real one, so the
                // pages never end early; at worst one more page is asked for and comes back empty.
                more = multiplyCapped(number, largestPage) < total.longValue();
            } else {
                long full = pageSize == null ? largestPage : Math.min(pageSize, largestPage);
                more = count >= full;
            }
            nextNumber = number + 1;
            if (count > 0 || first) {
                next = page;
            }
            first = false;
        }

        private long multiplyCapped(long a, long b) {
            long high = Math.multiplyHigh(a, b);
            long product = a * b;
            return high != 0 || product < 0 ? Long.MAX_VALUE : product;
        }
    }
}
