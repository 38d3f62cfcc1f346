using System.Collections.Immutable;
using System.Composition;
using DataPlatform.Contracts.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataPlatform.Contracts.CodeFixes;

/// <summary>DPC0005: removes every secret group attribute of the member but the first.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KeepFirstSecretAttributeCodeFix)), Shared]
public sealed class KeepFirstSecretAttributeCodeFix : CodeFixProvider
{
    internal const string EquivalenceKey = "DPC0005.KeepFirst";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("DPC0005");

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
            var symbol = model.GetDeclaredSymbol(property, context.CancellationToken);
            if (symbol is null) continue;
            // The attribute syntax of each secret attribute, in source order.
            var secret = new HashSet<SyntaxNode>(symbol.GetAttributes()
                .Where(DeclarationAnalyzer.IsSecretAttribute)
                .Select(a => a.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken))
                .Where(s => s is not null)
                .Select(s => s!));
            var ordered = property.AttributeLists.SelectMany(l => l.Attributes).Where(secret.Contains).ToList();
            if (ordered.Count < 2) continue;
            var remove = ordered.Skip(1).ToList();
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Keep only the first secret group attribute of '{property.Identifier.ValueText}'",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(Remove(root, property, remove))),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static SyntaxNode Remove(SyntaxNode root, PropertyDeclarationSyntax property, List<AttributeSyntax> remove)
    {
        var nodes = new List<SyntaxNode>();
        foreach (var list in property.AttributeLists)
        {
            var gone = list.Attributes.Where(remove.Contains).ToList();
            if (gone.Count == 0) continue;
            if (gone.Count == list.Attributes.Count) nodes.Add(list);
            else nodes.AddRange(gone);
        }
        return root.RemoveNodes(nodes, SyntaxRemoveOptions.KeepNoTrivia) ?? root;
    }
}
