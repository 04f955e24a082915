package com.example.pets;

import dev.ackgen.runtime.client.ApiCall;
import dev.ackgen.runtime.client.ClientRuntime;
import dev.ackgen.runtime.json.IsoValues;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The {@link PetStoreClient} its builder makes: turns each request into an {@link ApiCall} and
 * hands it to the {@link ClientRuntime}, which signs, sends, retries and maps errors.
 */
@Generated("dev.ackgen.generator")
final class DefaultPetStoreClient implements PetStoreClient {
    private final ClientRuntime runtime;

    DefaultPetStoreClient(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public ListPetsResponse findPets(ListPetsRequest request) {
        return runtime.call(findPetsCall(request));
    }

    @Override
    public CompletableFuture<ListPetsResponse> findPetsAsync(ListPetsRequest request) {
        return runtime.callAsync(() -> findPetsCall(request));
    }

    private ApiCall<ListPetsResponse> findPetsCall(ListPetsRequest request) {
        Objects.requireNonNull(request, "request");
        if (runtime.validatesBeforeSend()) {
            ListPetsRequestValidator.requireValid(request);
        }
        return ApiCall.builder("ListPets", "GET", "/pets", ListPetsResponse::readJson)
                .query("since", IsoValues.text(request.getSince()))
                .query("page_size", request.getLimit())
                .build();
    }

    @Override
    public Animal updatePet(UpdatePetRequest request) {
        return runtime.call(updatePetCall(request));
    }

    @Override
    public CompletableFuture<Animal> updatePetAsync(UpdatePetRequest request) {
        return runtime.callAsync(() -> updatePetCall(request));
    }

    private ApiCall<Animal> updatePetCall(UpdatePetRequest request) {
        Objects.requireNonNull(request, "request");
        if (runtime.validatesBeforeSend()) {
            UpdatePetRequestValidator.requireValid(request);
        }
        return ApiCall.builder("UpdatePet", "PUT", "/pets/{pet_id}", Animal::readJson)
                .pathParameter("pet_id", request.getPetId())
                .body(request.getBody(), Animal::writeJson)
                .build();
    }

    @Override
    public void close() {
        runtime.close();
    }

    @Override
    public String toString() {
        return "PetStoreClient[" + runtime.settings().endpoint() + "]";
    }
}
