package com.example.readme;

import com.example.ack.ClusterClient;
import com.example.ack.CreateClusterRequest;
import com.example.ack.CreateClusterRequestValidator;

/** Uses what README's snippet generates, so the build shows it compiles against it. */
public final class App {
    private App() {}

    public static void main(String[] args) {
        CreateClusterRequest request = CreateClusterRequest.builder().name("edge").build();
        System.out.println(CreateClusterRequestValidator.validate(request));
        System.out.println(ClusterClient.class.getName());
    }
}
