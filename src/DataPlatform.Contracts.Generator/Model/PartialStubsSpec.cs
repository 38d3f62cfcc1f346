namespace DataPlatform.Contracts.Generator.Model;

/// <summary>
/// The partial property definitions of a <c>[RelationModel]</c> type that no model part implements:
/// all of them when the model is rejected, the non-serialized ones otherwise. The generator gives
/// each a plain stored implementation, so the compiler's CS9248 ("must have an implementation
/// part"), a declaration error that stops csc before analyzers run, never hides the DPC diagnostic
/// that explains the rejection.
/// </summary>
/// <param name="Namespace">The namespace, or "" for the global one.</param>
/// <param name="ContainingTypes">Containing types, outermost first, with their type parameter lists.</param>
/// <param name="Name">The type name with its type parameter list, e.g. <c>Broken&lt;T&gt;</c>.</param>
/// <param name="DeclarationKeyword"><c>class</c>, <c>record</c>, <c>struct</c>, ...</param>
/// <param name="HintName">The file name of the generated part.</param>
/// <param name="Properties">The properties to implement, in declaration order.</param>
internal sealed record PartialStubsSpec(
    string Namespace,
    EquatableArray<ContainingTypeSpec> ContainingTypes,
    string Name,
    string DeclarationKeyword,
    string HintName,
    EquatableArray<StubPropertySpec> Properties);

/// <summary>One partial property to implement with a backing field.</summary>
/// <param name="Name">The property name.</param>
/// <param name="TypeName">The declared type, fully qualified, with its nullable annotation.</param>
/// <param name="Modifiers">The property's modifiers as declared, without <c>partial</c>.</param>
/// <param name="IsStatic">Whether the backing field is static.</param>
/// <param name="GetterModifiers">The getter's modifiers, or null when there is no getter.</param>
/// <param name="SetterKeyword"><c>set</c>, <c>init</c>, or null when there is no setter.</param>
/// <param name="SetterModifiers">The setter's modifiers ("" when there is none).</param>
internal sealed record StubPropertySpec(
    string Name,
    string TypeName,
    string Modifiers,
    bool IsStatic,
    string? GetterModifiers,
    string? SetterKeyword,
    string SetterModifiers);

/// <summary>What the parser makes of one <c>[RelationModel]</c> type: a model to generate, stubs, both or neither.</summary>
/// <param name="Name">The type name (for pipeline tests).</param>
/// <param name="Model">The model, or null when it cannot be generated (the analyzers say why).</param>
/// <param name="Stubs">The partial properties no model part implements, or null when there are none.</param>
internal sealed record ParsedModel(string Name, ModelSpec? Model, PartialStubsSpec? Stubs);
