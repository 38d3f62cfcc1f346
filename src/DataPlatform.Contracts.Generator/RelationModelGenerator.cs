using DataPlatform.Contracts.Generator.Emitting;
using DataPlatform.Contracts.Generator.Parsing;
using DataPlatform.Contracts.Generator.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataPlatform.Contracts.Generator;

/// <summary>
/// Emits, for each <c>[RelationModel]</c> partial class or record, its databag and JSON
/// serialization, secrets, validation and wire-name access. Reports no diagnostics: declarations it
/// cannot generate get no model part, and the analyzers explain why. Their partial properties (and
/// any a model part leaves unimplemented) still get a plain stored implementation, because csc stops
/// on the declaration error CS9248 before it runs analyzers, which would hide the explanation.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class RelationModelGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var models = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.RelationModelAttribute,
                static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax or StructDeclarationSyntax,
                static (syntax, cancellationToken) => ModelParser.Parse(syntax, cancellationToken))
            .WithTrackingName(TrackingNames.Models);

        var generatable = models
            .Where(static parsed => parsed?.Model is not null)
            .Select(static (parsed, _) => parsed!.Model!)
            .WithTrackingName(TrackingNames.GeneratableModels);

        var stubs = models
            .Where(static parsed => parsed?.Stubs is not null)
            .Select(static (parsed, _) => parsed!.Stubs!)
            .WithTrackingName(TrackingNames.PartialStubs);

        context.RegisterSourceOutput(generatable, static (output, model) =>
            output.AddSource(model.HintName, ModelEmitter.Emit(model)));
        context.RegisterSourceOutput(stubs, static (output, spec) =>
            output.AddSource(spec.HintName, StubEmitter.Emit(spec)));
    }
}
