package com.example;

import com.example.cluster.CreateClusterRequest;
import com.example.things.CreateThingRequest;

/** Uses classes of both executions: the module compiles only if both output directories are source roots. */
public final class Both {
    private Both() {}

    public static String names() {
        return CreateClusterRequest.builder().name("c").build().getName()
                + CreateThingRequest.builder().name("t").build().getName();
    }
}
