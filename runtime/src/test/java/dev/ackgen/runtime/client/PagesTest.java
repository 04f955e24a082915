package dev.ackgen.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** How {@link Pages} walks numbered pages: lazily, and ending where the server's answers say. */
class PagesTest {
    /** One page as a fake server answers it: its items and, when it reports one, the total count. */
    private record Page(long number, List<Long> items, Integer total) {}

    /** A fake list operation over {@code count} items, pages of {@code serverSize}, recording which pages were asked for. */
    private static class Server {
        final List<Long> asked = new ArrayList<>();
        final long count;
        final long serverSize;
        final boolean reportsTotal;

        Server(long count, long serverSize, boolean reportsTotal) {
            this.count = count;
            this.serverSize = serverSize;
            this.reportsTotal = reportsTotal;
        }

        Page page(long number, Long requestedSize) {
            asked.add(number);
            long size = requestedSize == null ? serverSize : requestedSize;
            long from = (number - 1) * size;
            List<Long> items = LongStream.range(from, Math.min(count, from + size)).boxed().toList();
            return new Page(number, items, reportsTotal ? (int) count : null);
        }

        Pages<Page, Long> pages(Long firstPage, Long requestedSize) {
            return Pages.numbered(firstPage, requestedSize, number -> page(number, requestedSize), Page::items, Page::total);
        }
    }

    @Test
    void fetchesNothingUntilIterated() {
        Server server = new Server(25, 10, true);
        Pages<Page, Long> pages = server.pages(null, null);
        assertThat(server.asked).isEmpty();
        Iterator<Page> iterator = pages.iterator();
        assertThat(server.asked).isEmpty();
        assertThat(iterator.next().number()).isEqualTo(1);
        assertThat(server.asked).containsExactly(1L);
    }

    @Test
    void withATotalCountStopsAtTheLastPageWithoutAskingForMore() {
        Server server = new Server(25, 10, true);
        assertThat(server.pages(null, null).items().toList()).isEqualTo(LongStream.range(0, 25).boxed().toList());
        assertThat(server.asked).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aTotalThatIsAWholeNumberOfPagesNeedsNoExtraCall() {
        Server server = new Server(20, 10, true);
        assertThat(server.pages(null, 10L).items().count()).isEqualTo(20);
        assertThat(server.asked).containsExactly(1L, 2L);
    }

    @Test
    void withoutATotalAShortPageEndsThePagesWhenThePageSizeIsKnown() {
        Server server = new Server(25, 10, false);
        assertThat(server.pages(null, 10L).items().count()).isEqualTo(25);
        assertThat(server.asked).containsExactly(1L, 2L, 3L);
    }

    @Test
    void withoutATotalOrAPageSizeAPageShorterThanTheOnesBeforeEndsThem() {
        Server server = new Server(25, 10, false);
        assertThat(server.pages(null, null).stream().map(Page::number).toList()).containsExactly(1L, 2L, 3L);
        assertThat(server.asked).containsExactly(1L, 2L, 3L);
    }

    @Test
    void withoutATotalOrAPageSizeFullPagesEndAtAnEmptyPageWhichIsNotHandedOut() {
        Server server = new Server(20, 10, false);
        assertThat(server.pages(null, null).stream().map(Page::number).toList()).containsExactly(1L, 2L);
        assertThat(server.asked).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aServerThatCapsThePageSizeIsStillPagedToTheEnd() {
        for (boolean reportsTotal : new boolean[] {true, false}) {
            Server server = new Server(25, 10, reportsTotal) {
                @Override
                Page page(long number, Long requestedSize) {
                    return super.page(number, Math.min(requestedSize, 10L));
                }
            };
            assertThat(server.pages(null, 50L).items().toList()).as("total reported: " + reportsTotal)
                    .isEqualTo(LongStream.range(0, 25).boxed().toList());
            assertThat(server.asked).containsExactly(1L, 2L, 3L);
        }
    }

    @Test
    void anEmptyFirstPageIsStillHandedOut() {
        Server server = new Server(0, 10, true);
        List<Page> pages = server.pages(null, null).stream().toList();
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).items()).isEmpty();
        assertThat(server.pages(null, null).items().toList()).isEmpty();
    }

    @Test
    void startsAtTheRequestedPage() {
        Server server = new Server(25, 10, true);
        assertThat(server.pages(2L, 10L).items().toList()).isEqualTo(LongStream.range(10, 25).boxed().toList());
        assertThat(server.asked).containsExactly(2L, 3L);
    }

    @Test
    void eachIterationStartsOver() {
        Server server = new Server(15, 10, true);
        Pages<Page, Long> pages = server.pages(null, null);
        assertThat(pages.items().count()).isEqualTo(15);
        assertThat(pages.items().count()).isEqualTo(15);
        assertThat(server.asked).containsExactly(1L, 2L, 1L, 2L);
    }

    @Test
    void aStreamFetchesOnlyWhatItConsumes() {
        Server server = new Server(1_000, 10, true);
        assertThat(server.pages(null, null).items().limit(15).toList()).hasSize(15);
        assertThat(server.asked).containsExactly(1L, 2L);
    }

    @Test
    void anExhaustedIteratorSaysSo() {
        Server server = new Server(5, 10, true);
        Iterator<Page> iterator = server.pages(null, null).iterator();
        iterator.next();
        assertThat(iterator.hasNext()).isFalse();
        assertThatThrownBy(iterator::next).isInstanceOf(NoSuchElementException.class);
        assertThat(server.asked).containsExactly(1L);
    }

    @Test
    void aFailedCallIsThrownWhereIterationReachesIt() {
        RuntimeException failure = new IllegalStateException("ACK said no");
        Pages<Page, Long> pages = Pages.numbered(1L, 10L, number -> {
            if (number == 2) {
                throw failure;
            }
            return new Page(number, LongStream.range(0, 10).boxed().toList(), 30);
        }, Page::items, Page::total);
        Iterator<Long> items = pages.items().iterator();
        for (int i = 0; i < 10; i++) {
            items.next();
        }
        assertThatThrownBy(items::hasNext).isSameAs(failure);
    }

    @Test
    void refusesPageNumbersAndSizesBelowOne() {
        assertThatThrownBy(() -> Pages.numbered(0, null, number -> null, (Object page) -> List.of(), page -> null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page number");
        assertThatThrownBy(() -> Pages.numbered(null, 0, number -> null, (Object page) -> List.of(), page -> null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page size");
    }

    @Test
    void parsesStringPageParameters() {
        assertThat(Pages.parse(" 3 ", "pageNumber")).isEqualTo(3L);
        assertThat(Pages.parse(null, "pageNumber")).isNull();
        assertThatThrownBy(() -> Pages.parse("three", "pageNumber"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("pageNumber must be a whole number for paging, not \"three\"");
    }
}
