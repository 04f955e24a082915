package dev.ackgen.generator.emit;

import dev.ackgen.generator.model.ApiModel;

/**
 * What every generator of a run shares, built once per run: the model, its types by name, the Java
 * names in the target package, the hooks, and the policies on deprecation and secrets. A generator
 * takes this in its constructor, not a growing list of parameters. The runtime's classes are the
 * constants of {@link RuntimeTypes}; where code is split, {@link Splitting}.
 *
 * @param model the IR
 * @param names Java types for IR types, in the target package
 * @param types every type of the model by name, nested ones included
 * @param hooks what changes each generated type before it is built
 * @param deprecation what is deprecated, so that code naming it suppresses the warning
 * @param secrets what is a secret, so that nothing generated shows it
 * @param readers which of the package's reader classes reads which model
 * @param validate whether validators are generated, so the client validates before sending
 */
public record EmitContext(
        ApiModel model, TypeNames names, TypeIndex types, EmitHooks hooks, DeprecationPolicy deprecation, SecretPolicy secrets,
        JsonReaderParts readers, boolean validate) {

    /** The context of one run: generating {@code model} into {@code packageName}. */
    public static EmitContext of(ApiModel model, String packageName, boolean validate, EmitHooks hooks) {
        TypeIndex types = new TypeIndex(model.types());
        TypeNames names = new TypeNames(packageName);
        return new EmitContext(model, names, types, hooks, new DeprecationPolicy(types), new SecretPolicy(types),
                new JsonReaderParts(model, names), validate);
    }
}
