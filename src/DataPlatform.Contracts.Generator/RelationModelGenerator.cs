using DataPlatform.Contracts.Generator.Emitting;
using DataPlatform.Contracts.Generator.Parsing;
using DataPlatform.Contracts.Generator.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataPlatform.Contracts.Generator;

/// <summary>
/// Emits, for each <c>[RelationModel]</c> partial class or record, its databag and JSON
/// serialization, secrets, validation and wire-name access. Reports no diagnostics: declarations it
/// cannot generate are skipped, and the analyzers explain why.
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
                static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax,
                static (syntax, cancellationToken) => ModelParser.Parse(syntax, cancellationToken))
            .WithTrackingName(TrackingNames.Models);

        var generatable = models
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(TrackingNames.GeneratableModels);

        context.RegisterSourceOutput(generatable, static (output, model) =>
            output.AddSource(model.HintName, ModelEmitter.Emit(model)));
    }
}
