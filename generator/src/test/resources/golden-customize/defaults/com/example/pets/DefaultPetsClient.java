package com.example.pets;

import dev.ackgen.runtime.client.ApiCall;
import dev.ackgen.runtime.client.ClientRuntime;
import dev.ackgen.runtime.json.IsoValues;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The {@link PetsClient} its builder makes: turns each request into an {@link ApiCall} and hands it
 * to the {@link ClientRuntime}, which signs, sends, retries and maps errors.
 */
@Generated("dev.ackgen.generator")
final class DefaultPetsClient implements PetsClient {
    private final ClientRuntime runtime;

    DefaultPetsClient(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public ListPetsResponse listPets(ListPetsRequest request) {
        return runtime.call(listPetsCall(request));
    }

    @Override
    public CompletableFuture<ListPetsResponse> listPetsAsync(ListPetsRequest request) {
        return runtime.callAsync(() -> listPetsCall(request));
    }

    private ApiCall<ListPetsResponse> listPetsCall(ListPetsRequest request) {
        Objects.requireNonNull(request, "request");
        if (runtime.validatesBeforeSend()) {
            ListPetsRequestValidator.requireValid(request);
        }
        return ApiCall.builder("ListPets", "GET", "/pets", ListPetsResponse::readJson)
                .query("since", IsoValues.text(request.getSince()))
                .query("page_size", request.getPageSize())
                .build();
    }

    @Override
    public Pet updatePet(UpdatePetRequest request) {
        return runtime.call(updatePetCall(request));
    }

    @Override
    public CompletableFuture<Pet> updatePetAsync(UpdatePetRequest request) {
        return runtime.callAsync(() -> updatePetCall(request));
    }

    private ApiCall<Pet> updatePetCall(UpdatePetRequest request) {
        Objects.requireNonNull(request, "request");
        if (runtime.validatesBeforeSend()) {
            UpdatePetRequestValidator.requireValid(request);
        }
        return ApiCall.builder("UpdatePet", "PUT", "/pets/{pet_id}", Pet::readJson)
                .pathParameter("pet_id", request.getPetId())
                .body(request.getBody(), Pet::writeJson)
                .build();
    }

    @Override
    public void close() {
        runtime.close();
    }

    @Override
    public String toString() {
        return "PetsClient[" + runtime.settings().endpoint() + "]";
    }
}
