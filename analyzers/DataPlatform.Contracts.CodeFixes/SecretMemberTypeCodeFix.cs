using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataPlatform.Contracts.CodeFixes;

/// <summary>DPC0002: changes a secret member's type to <c>bool?</c> (when it was <c>bool</c>) or <c>string?</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SecretMemberTypeCodeFix)), Shared]
public sealed class SecretMemberTypeCodeFix : CodeFixProvider
{
    internal const string EquivalenceKey = "DPC0002.ChangeType";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("DPC0002");

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            var property = Edits.PropertyAt(root, diagnostic);
            if (property is null) continue;
            var type = model.GetTypeInfo(property.Type, context.CancellationToken).Type;
            var isBool = type?.SpecialType == SpecialType.System_Boolean;
            var replacement = isBool ? "bool?" : "string?";
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Change the type of '{property.Identifier.ValueText}' to '{replacement}'",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(property.Type,
                        SyntaxFactory.ParseTypeName(replacement).WithTriviaFrom(property.Type)))),
                    EquivalenceKey),
                diagnostic);
        }
    }
}
