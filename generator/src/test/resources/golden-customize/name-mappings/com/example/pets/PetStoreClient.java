package com.example.pets;

import dev.ackgen.runtime.client.AckClientException;
import dev.ackgen.runtime.client.AckServiceException;
import dev.ackgen.runtime.client.ClientBuilder;
import dev.ackgen.runtime.client.ClientRuntime;
import dev.ackgen.runtime.validation.ValidationException;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The {@code pets} operations of Pets (API version {@code 2024-01-01}).
 *
 * <p>Thread-safe: build one, share it, close it when done. Each method validates its
 * request first (unless the builder turned that off), signs it, sends it and retries only
 * what is safe to retry.
 *
 * <pre>{@code
 * try (PetStoreClient client = PetStoreClient.builder().region("cn-hangzhou").build()) {
 *     ...
 * }
 * }</pre>
 */
@Generated("dev.ackgen.generator")
public interface PetStoreClient extends AutoCloseable {
    /** The API version sent as {@code x-acs-version}. */
    String API_VERSION = "2024-01-01";

    /** The endpoint; {@code {region}} stands for the region given to the builder. */
    String ENDPOINT_TEMPLATE = "https://pets.{region}.example.com";

    /**
     * Lists pets born since a time.
     *
     * <p>{@code GET /pets}, action {@code ListPets}.
     *
     * @param request the request
     * @return the response body
     * @throws ValidationException if the request breaks its constraints; nothing was sent
     * @throws AckServiceException if ACK answers with an error
     * @throws AckClientException if no usable answer arrives (connection, timeout)
     */
    ListPetsResponse findPets(ListPetsRequest request);

    /**
     * Sends {@link #findPets} without blocking; the future fails with what it would throw.
     *
     * @param request the request
     * @return the response body, when it arrives
     */
    CompletableFuture<ListPetsResponse> findPetsAsync(ListPetsRequest request);

    /**
     * Replaces a pet.
     *
     * <p>{@code PUT /pets/{pet_id}}, action {@code UpdatePet}.
     *
     * @param request the request
     * @return the response body
     * @throws ValidationException if the request breaks its constraints; nothing was sent
     * @throws IllegalArgumentException if validation before send is off and a path parameter is
     *     null, empty,
     *     {@code .} or {@code ..}, or holds {@code /}; nothing was sent
     * @throws AckServiceException if ACK answers with an error
     * @throws AckClientException if no usable answer arrives (connection, timeout)
     */
    Animal updatePet(UpdatePetRequest request);

    /**
     * Sends {@link #updatePet} without blocking; the future fails with what it would throw.
     *
     * @param request the request
     * @return the response body, when it arrives
     */
    CompletableFuture<Animal> updatePetAsync(UpdatePetRequest request);

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
     * Configures a {@link PetStoreClient}: see {@link ClientBuilder} for every option and its
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
        public PetStoreClient build() {
            return new DefaultPetStoreClient(new ClientRuntime(settings(), API_VERSION));
        }
    }
}
