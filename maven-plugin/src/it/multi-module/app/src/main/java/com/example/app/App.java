package com.example.app;

import com.example.cluster.CreateClusterRequest;
import com.example.cluster.CreateClusterRequestValidator;
import com.example.things.CreateThingRequest;
import com.example.things.CreateThingRequestValidator;

/** Uses what both API modules generated. */
public final class App {
    private App() {}

    public static int violations() {
        return CreateClusterRequestValidator.validate(CreateClusterRequest.builder().build()).size()
                + CreateThingRequestValidator.validate(CreateThingRequest.builder().build()).size();
    }
}
