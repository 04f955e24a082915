package dev.ackgen.generator.model;

import java.util.List;
import java.util.Map;

/**
 * The generator's intermediate representation of one spec: what emitters see instead of
 * swagger-parser's types. Every OpenAPI quirk is normalised and every Java name is decided before
 * an {@code ApiModel} exists.
 *
 * @param title the spec's {@code info.title}
 * @param apiVersion the API version sent to ACK ({@code x-ackgen-api-version}, else {@code info.version})
 * @param serverUrl the first server URL; its region variable, whatever the spec calls it, is written
 *     {@code {region}}, other {@code {variables}} are left in
 * @param operations the operations, in spec order
 * @param types the top-level types (nested ones hang off their owners), sorted by name
 * @param validatorNames the class name of the validator of each top-level object type, by the
 *     type's simple name
 * @param clients the client interfaces: one per tag, in order of first use
 */
public record ApiModel(
        String title,
        String apiVersion,
        String serverUrl,
        List<Operation> operations,
        List<ModelType> types,
        Map<String, String> validatorNames,
        List<ClientGroup> clients) {

    public ApiModel {
        operations = List.copyOf(operations);
        types = List.copyOf(types);
        validatorNames = Map.copyOf(validatorNames);
        clients = List.copyOf(clients);
    }

    public ApiModel withTitle(String title) {
        return new ApiModel(title, apiVersion, serverUrl, operations, types, validatorNames, clients);
    }

    public ApiModel withApiVersion(String apiVersion) {
        return new ApiModel(title, apiVersion, serverUrl, operations, types, validatorNames, clients);
    }

    public ApiModel withServerUrl(String serverUrl) {
        return new ApiModel(title, apiVersion, serverUrl, operations, types, validatorNames, clients);
    }

    public ApiModel withOperations(List<Operation> operations) {
        return new ApiModel(title, apiVersion, serverUrl, operations, types, validatorNames, clients);
    }

    public ApiModel withTypes(List<ModelType> types) {
        return new ApiModel(title, apiVersion, serverUrl, operations, types, validatorNames, clients);
    }

    public ApiModel withValidatorNames(Map<String, String> validatorNames) {
        return new ApiModel(title, apiVersion, serverUrl, operations, types, validatorNames, clients);
    }

    public ApiModel withClients(List<ClientGroup> clients) {
        return new ApiModel(title, apiVersion, serverUrl, operations, types, validatorNames, clients);
    }
}
