package dev.ackgen.golden.kinds.paging;

import dev.ackgen.runtime.client.AckClientException;
import dev.ackgen.runtime.client.AckServiceException;
import dev.ackgen.runtime.client.ClientBuilder;
import dev.ackgen.runtime.client.ClientRuntime;
import dev.ackgen.runtime.client.Pages;
import dev.ackgen.runtime.validation.ValidationException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The {@code Template} operations of paging kind (API version {@code 2015-12-15}).
 *
 * <p>Thread-safe: build one, share it, close it when done. Each method validates its
 * request first (unless the builder turned that off), signs it, sends it and retries only
 * what is safe to retry.
 *
 * <pre>{@code
 * try (TemplateClient client = TemplateClient.builder().region("cn-hangzhou").build()) {
 *     ...
 * }
 * }</pre>
 */
@Generated("dev.ackgen.generator")
public interface TemplateClient extends AutoCloseable {
    /** The API version sent as {@code x-acs-version}. */
    String API_VERSION = "2015-12-15";

    /** The endpoint; {@code {region}} stands for the region given to the builder. */
    String ENDPOINT_TEMPLATE = "/";

    /**
     * Pages by the x-ackgen-pagination extension.
     *
     * <p>{@code GET /templates}, action {@code DescribeTemplates}.
     *
     * @param request the request
     * @return the response body
     * @throws ValidationException if the request breaks its constraints; nothing was sent
     * @throws AckServiceException if ACK answers with an error
     * @throws AckClientException if no usable answer arrives (connection, timeout)
     */
    DescribeTemplatesResponse describeTemplates(DescribeTemplatesRequest request);

    /**
     * Sends {@link #describeTemplates} without blocking; the future fails with what it would throw.
     *
     * @param request the request
     * @return the response body, when it arrives
     */
    CompletableFuture<DescribeTemplatesResponse> describeTemplatesAsync(
            DescribeTemplatesRequest request);

    /**
     * Every page of {@link #describeTemplates}, fetched one at a time as iteration reaches it:
     * first the page the request's {@code page_num} names (1 when unset), then the next ones,
     * until the pages reach the total count {@code /page_info/total_count} or a page is empty.
     *
     * <pre>{@code
     * describeTemplatesPages(request).items().forEach(item -> ...);
     * }</pre>
     *
     * @param request the request of the first page; each page sends a copy with its page number
     * @return the pages, not fetched yet; the items on a page are its {@code /templates}
     * @throws IllegalArgumentException if the request's page number or page size is below 1
     */
    default Pages<DescribeTemplatesResponse, Template> describeTemplatesPages(
            DescribeTemplatesRequest request) {
        Objects.requireNonNull(request, "request");
        return Pages.numbered(request.getPageNum(), request.getPageSize(),
                page -> describeTemplates(request.toBuilder().pageNum(page).build()),
                DescribeTemplatesResponse::getTemplates,
                response -> {
                    DescribeTemplatesResponse.PageInfo pageInfo = response.getPageInfo();
                    return pageInfo == null ? null : pageInfo.getTotalCount();
                });
    }

    /**
     * Pages by the extension, by a string page number, without a page size or a total count.
     *
     * <p>{@code GET /events}, action {@code DescribeEvents}.
     *
     * @param request the request
     * @return the response body
     * @throws ValidationException if the request breaks its constraints; nothing was sent
     * @throws AckServiceException if ACK answers with an error
     * @throws AckClientException if no usable answer arrives (connection, timeout)
     */
    DescribeEventsResponse describeEvents(DescribeEventsRequest request);

    /**
     * Sends {@link #describeEvents} without blocking; the future fails with what it would throw.
     *
     * @param request the request
     * @return the response body, when it arrives
     */
    CompletableFuture<DescribeEventsResponse> describeEventsAsync(DescribeEventsRequest request);

    /**
     * Every page of {@link #describeEvents}, fetched one at a time as iteration reaches it:
     * first the page the request's {@code pageNumber} names (1 when unset), then the next ones,
     * until a page is empty or shorter than the ones before it.
     *
     * <pre>{@code
     * describeEventsPages(request).items().forEach(item -> ...);
     * }</pre>
     *
     * @param request the request of the first page; each page sends a copy with its page number
     * @return the pages, not fetched yet; the items on a page are its {@code /events}
     * @throws IllegalArgumentException if the request's page number or page size is below 1, or is
     *     text that is not a whole number
     */
    default Pages<DescribeEventsResponse, String> describeEventsPages(
            DescribeEventsRequest request) {
        Objects.requireNonNull(request, "request");
        return Pages.numbered(Pages.parse(request.getPageNumber(), "pageNumber"), null,
                page -> describeEvents(request.toBuilder().pageNumber(Long.toString(page)).build()),
                DescribeEventsResponse::getEvents,
                response -> null);
    }

    /**
     * Pages by the convention.
     *
     * <p>{@code GET /clusters}, action {@code DescribeClusters}.
     *
     * @param request the request
     * @return the response body
     * @throws ValidationException if the request breaks its constraints; nothing was sent
     * @throws AckServiceException if ACK answers with an error
     * @throws AckClientException if no usable answer arrives (connection, timeout)
     */
    DescribeClustersResponse describeClusters(DescribeClustersRequest request);

    /**
     * Sends {@link #describeClusters} without blocking; the future fails with what it would throw.
     *
     * @param request the request
     * @return the response body, when it arrives
     */
    CompletableFuture<DescribeClustersResponse> describeClustersAsync(
            DescribeClustersRequest request);

    /**
     * Every page of {@link #describeClusters}, fetched one at a time as iteration reaches it:
     * first the page the request's {@code page_number} names (1 when unset), then the next ones,
     * until the pages reach the total count {@code /page_info/total_count} or a page is empty.
     *
     * <pre>{@code
     * describeClustersPages(request).items().forEach(item -> ...);
     * }</pre>
     *
     * @param request the request of the first page; each page sends a copy with its page number
     * @return the pages, not fetched yet; the items on a page are its {@code /clusters}
     * @throws IllegalArgumentException if the request's page number or page size is below 1
     */
    default Pages<DescribeClustersResponse, Template> describeClustersPages(
            DescribeClustersRequest request) {
        Objects.requireNonNull(request, "request");
        return Pages.numbered(request.getPageNumber(), request.getPageSize(),
                page -> describeClusters(request.toBuilder().pageNumber(Math.toIntExact(page)).build()),
                DescribeClustersResponse::getClusters,
                response -> {
                    DescribeClustersResponse.PageInfo pageInfo = response.getPageInfo();
                    return pageInfo == null ? null : pageInfo.getTotalCount();
                });
    }

    /**
     * Closes the connections of the transport the client made; a transport given to the
     * builder stays open.
     */
    @Override
    void close();

    /** {@return a builder; set a region or an endpoint, the rest has defaults} */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Configures a {@link TemplateClient}: see {@link ClientBuilder} for every option and its
     * default.
     */
    final class Builder extends ClientBuilder<Builder> {
        private Builder() {
            super(ENDPOINT_TEMPLATE);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * {@return the client, as configured}
         *
         * @throws IllegalStateException if neither a region nor an endpoint was set
         */
        public TemplateClient build() {
            return new DefaultTemplateClient(new ClientRuntime(settings(), API_VERSION));
        }
    }
}
