using System.Collections.Immutable;
using System.Composition;
using DataPlatform.Contracts.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataPlatform.Contracts.CodeFixes;

/// <summary>DPC0100: assigns the roles to the property that matches the entity type.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MoveRolesCodeFix)), Shared]
public sealed class MoveRolesCodeFix : CodeFixProvider
{
    internal const string EquivalenceKey = "DPC0100.MoveRoles";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("DPC0100");

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            // No target when the right property is assigned already: moving would assign it twice.
            if (!diagnostic.Properties.TryGetValue(RequestAnalyzer.TargetProperty, out var target) || target is null) continue;
            var assignment = root.FindNode(diagnostic.Location.SourceSpan).AncestorsAndSelf().OfType<AssignmentExpressionSyntax>().FirstOrDefault();
            if (assignment?.Left is not IdentifierNameSyntax left) continue;
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Move the value to '{target}'",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(left,
                        SyntaxFactory.IdentifierName(target).WithTriviaFrom(left)))),
                    EquivalenceKey),
                diagnostic);
        }
    }
}
