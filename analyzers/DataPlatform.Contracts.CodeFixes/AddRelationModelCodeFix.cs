using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataPlatform.Contracts.CodeFixes;

/// <summary>
/// DPC0003 and DPC0008: makes the class a relation model, adding <c>[RelationModel]</c> and
/// <c>partial</c> (to the containing types too).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddRelationModelCodeFix)), Shared]
public sealed class AddRelationModelCodeFix : CodeFixProvider
{
    internal const string EquivalenceKey = "DPC0003.AddRelationModel";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("DPC0003", "DPC0008");

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => Edits.DocumentFixAll((_, root, diagnostics) =>
        Edits.AddRelationModel(root,
            diagnostics.Select(d => Edits.TypeDeclarationAt(root, d)).Where(IsClass).Select(d => d!)));

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            var declaration = Edits.TypeDeclarationAt(root, diagnostic);
            if (!IsClass(declaration)) continue;
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Make '{declaration!.Identifier.ValueText}' a [RelationModel]",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(
                        Edits.AddRelationModel(root, new[] { declaration }))),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static bool IsClass(TypeDeclarationSyntax? declaration) =>
        declaration is ClassDeclarationSyntax || declaration is RecordDeclarationSyntax record && !record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword);
}
