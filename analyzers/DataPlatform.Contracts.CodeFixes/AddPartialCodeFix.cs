using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DataPlatform.Contracts.CodeFixes;

/// <summary>DPC0001: adds <c>partial</c> to the declaration and to every type containing it that lacks it.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPartialCodeFix)), Shared]
public sealed class AddPartialCodeFix : CodeFixProvider
{
    internal const string EquivalenceKey = "DPC0001.AddPartial";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("DPC0001");

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => Edits.DocumentFixAll((_, root, diagnostics) =>
        Edits.AddPartialEverywhere(root, diagnostics.Select(d => Edits.TypeDeclarationAt(root, d)).Where(d => d is not null).Select(d => d!)));

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            var declaration = Edits.TypeDeclarationAt(root, diagnostic);
            if (declaration is null) continue;
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Make '{declaration.Identifier.ValueText}' partial",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(Edits.AddPartialEverywhere(root, new[] { declaration }))),
                    EquivalenceKey),
                diagnostic);
        }
    }
}
