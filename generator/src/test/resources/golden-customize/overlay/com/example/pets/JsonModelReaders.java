package com.example.pets;

import dev.ackgen.runtime.json.JsonReading;
import dev.ackgen.runtime.json.ModelReaders;
import javax.annotation.processing.Generated;

/**
 * Reads the models of this package for jackson-databind, which finds this class through
 * each model's {@code @JsonDeserialize} and asks it once per model class; the client calls
 * the models' {@code readJson} itself.
 */
@Generated("dev.ackgen.generator")
public final class JsonModelReaders extends ModelReaders {
    private static final long serialVersionUID = 1L;

    /** For Jackson, which makes this class through {@code @JsonDeserialize}. */
    public JsonModelReaders() {
    }

    @Override
    protected JsonReading.ValueReader<?> readerOf(Class<?> type) {
        if (type == Animal.class) {
            return Animal::readJson;
        }
        if (type == ListPetsResponse.class) {
            return ListPetsResponse::readJson;
        }
        if (type == ListPetsResponse.Paging.class) {
            return ListPetsResponse.Paging::readJson;
        }
        if (type == Money.class) {
            return Money::readJson;
        }
        if (type == UpdatePetRequest.class) {
            return UpdatePetRequest::readJson;
        }
        return null;
    }
}
