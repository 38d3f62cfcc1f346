using System.Collections.Immutable;
using DataPlatform.Contracts.Generator.Model;
using DataPlatform.Contracts.Generator.Shared;
using Microsoft.CodeAnalysis;

namespace DataPlatform.Contracts.Analyzers;

/// <summary>
/// The descriptor and message of each parser <see cref="Rule"/> (docs/diagnostics/DPCnnnn.md):
/// the declaration analyzer reports the parser's reasons through this table and re-derives none.
/// The switch has no discard arm, so a rule added to the parser does not build until it is mapped
/// here (CS8509, an error with warnings as errors).
/// </summary>
internal static class ReasonDiagnostics
{
    /// <summary>The diagnostic of a reason found on <paramref name="model"/>, at its place in the compilation's tree.</summary>
    public static Diagnostic Create(Reason reason, INamedTypeSymbol model, Compilation compilation)
    {
        var (descriptor, arguments) = Describe(reason, model.Name);
        var properties = reason.Rule == Rule.RequiredWithoutDefault
            ? ImmutableDictionary<string, string?>.Empty.Add(DeclarationAnalyzer.CanBeNullableProperty, reason.Arguments[1])
            : null;
        return Diagnostic.Create(descriptor, ToLocation(reason.Location, model, compilation), properties, arguments);
    }

#pragma warning disable CS8524 // unnamed Rule values: the parser produces none
    /// <summary>The descriptor and message arguments of a reason on the model named <paramref name="model"/>.</summary>
    public static (DiagnosticDescriptor Descriptor, object[] Arguments) Describe(Reason reason, string model)
    {
        var member = reason.Member;
        var a = reason.Arguments;
        return reason.Rule switch
        {
            Rule.NotPartial => With(Descriptors.NotPartial, a[0], a[1]),
            Rule.NotAClass => NotGeneratable(model, "it is not a class or record class"),
            Rule.Static => NotGeneratable(model, "it is static"),
            Rule.Abstract => NotGeneratable(model, "it is abstract"),
            Rule.Generic => NotGeneratable(model, "it is generic"),
            Rule.FileLocal => NotGeneratable(model, "it is file-local"),
            Rule.NoParameterlessConstructor => NotGeneratable(model, "it has no parameterless constructor"),
            Rule.ContainingTypeGeneric => NotGeneratable(model, $"its containing type {a[0]} is generic"),
            Rule.BaseNotGeneratable => NotGeneratable(model, $"its base relation model '{a[0]}' cannot be generated"),
            Rule.AttributeDoesNotBind => NotGeneratable(model, $"an attribute of '{member}' has arguments that do not bind"),
            Rule.MultipleSecretGroups => With(Descriptors.MultipleSecretAttributes, member, a[0]),
            Rule.InvalidGroupName or Rule.InvalidPointerGroup => With(Descriptors.InvalidGroupName, a[0], member),
            Rule.SecretType => With(Descriptors.SecretMemberType, member, a[0]),
            Rule.UnsupportedType => NotGeneratable(model, $"its member '{member}' has type '{a[0]}', which a relation model cannot serialize"),
            Rule.PointerType => NotGeneratable(model, $"its secret pointer '{member}' must be 'string?'"),
            Rule.InvalidWireName => NotGeneratable(model, $"the wire name of '{member}' is empty or has control characters"),
            Rule.AliasRecordType => NotGeneratable(model, $"the [AliasUsedFor] member '{member}' must be a non-nullable 'string'"),
            Rule.AliasTargetMissing => NotGeneratable(model, $"[AliasUsedFor] on '{member}' names '{a[0]}', which is not a member with [InputAliases]"),
            Rule.TooManyInputKeys => NotGeneratable(model, $"'{member}' is read from {a[0]} keys (its [InputAliases], wire name and Python name), more than the {ModelRules.MaxInputKeys} a member can have"),
            Rule.DuplicateWireKey => With(Descriptors.DuplicateWireKey, member, a[0], $"is also the wire key of '{a[1]}'"),
            Rule.PointerKeyTaken => With(Descriptors.DuplicateWireKey, member, a[0], $"is the pointer key of the model's secret group '{a[1]}'"),
            Rule.InheritedKeyTakenByPointer => NotGeneratable(model, $"two members use the wire key '{a[0]}'"),
            Rule.PointerNameTaken => NotGeneratable(model,
                $"the generator declares '{a[1]}' as the pointer of secret group '{a[0]}', but the model already has a member of that name (declare it with [SecretPointer(\"{a[0]}\")] or rename it)"),
            Rule.UnusableDefault => NotGeneratable(model,
                $"the [WireDefault] value of '{member}' is not one the generator can write (a string, bool, int, long, double, enum value or null)"),
            Rule.ReservedWireKey => With(Descriptors.ReservedWireKey, member, a[0]),
            Rule.RequiredWithoutDefault => With(Descriptors.RequiredWithoutDefault, member, a[0]),
        };
    }
#pragma warning restore CS8524

    private static (DiagnosticDescriptor, object[]) With(DiagnosticDescriptor descriptor, params object[] arguments) => (descriptor, arguments);

    private static (DiagnosticDescriptor, object[]) NotGeneratable(string model, string reason) => (Descriptors.NotGeneratable, new object[] { model, reason });

    // A location in the analyzed tree (not an external one), so #pragma and editorconfig suppress it.
    private static Location ToLocation(LocationInfo location, INamedTypeSymbol model, Compilation compilation)
    {
        foreach (var reference in model.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree.FilePath == location.FilePath) return Location.Create(reference.SyntaxTree, location.Span);
        }
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.FilePath == location.FilePath) return Location.Create(tree, location.Span);
        }
        return Location.Create(location.FilePath, location.Span, location.LineSpan);
    }
}
