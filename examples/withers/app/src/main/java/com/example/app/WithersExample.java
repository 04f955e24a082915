package com.example.app;

import com.example.ack.CreateClusterRequest;
import com.example.ack.CreateClusterRequestValidator;
import com.example.ack.Tag;
import dev.ackgen.runtime.validation.Violation;
import java.util.List;

/**
 * Uses what the withers extension added to the generated models: a copy with one member changed,
 * without going through a builder.
 */
public final class WithersExample {
    private WithersExample() {}

    private static boolean breaksNameRule(CreateClusterRequest request) {
        for (Violation violation : CreateClusterRequestValidator.validate(request)) {
            if (violation.path().equals("/name")) {
                return true;
            }
        }
        return false;
    }

    public static void main(String[] args) {
        CreateClusterRequest draft = CreateClusterRequest.builder()
                .name("ACK Edge cluster")
                .clusterType(CreateClusterRequest.ClusterType.MANAGED_KUBERNETES)
                .regionId("cn-hangzhou")
                .build();
        CreateClusterRequest fixed = draft.withName("ack-edge-demo").withTags(List.of(Tag.builder().key("env").value("demo").build()));
        boolean draftNameBroken = breaksNameRule(draft);
        boolean fixedNameBroken = breaksNameRule(fixed);
        System.out.println("withers: the draft's name breaks its rule: " + draftNameBroken + "; the copy's: " + fixedNameBroken
                + "; the draft is unchanged: " + draft.getName() + ", tags " + (draft.hasTags() ? draft.getTags() : "absent"));
        if (!draftNameBroken || fixedNameBroken || draft.hasTags()) {
            throw new IllegalStateException("withName and withTags did not copy as they should");
        }
    }
}
