using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using System.Collections.Immutable;

namespace DataPlatform.Contracts.CodeFixes;

/// <summary>Syntax edits the fixes share.</summary>
internal static class Edits
{
    /// <summary>The declaration with <c>partial</c> as its last modifier (it must precede the keyword).</summary>
    public static TypeDeclarationSyntax AddPartial(TypeDeclarationSyntax declaration)
    {
        if (declaration.Modifiers.Any(SyntaxKind.PartialKeyword)) return declaration;
        if (declaration.Modifiers.Count == 0)
        {
            var keyword = declaration.Keyword;
            var partial = SyntaxFactory.Token(keyword.LeadingTrivia, SyntaxKind.PartialKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
            return declaration.WithKeyword(keyword.WithLeadingTrivia(SyntaxFactory.TriviaList())).WithModifiers(SyntaxFactory.TokenList(partial));
        }
        return declaration.WithModifiers(declaration.Modifiers.Add(SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space)));
    }

    /// <summary>The property a diagnostic points into, or null.</summary>
    public static PropertyDeclarationSyntax? PropertyAt(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan).AncestorsAndSelf().OfType<PropertyDeclarationSyntax>().FirstOrDefault();

    /// <summary>The declaration and every type declaration containing it.</summary>
    public static IEnumerable<TypeDeclarationSyntax> SelfAndContainingTypes(TypeDeclarationSyntax declaration) =>
        declaration.AncestorsAndSelf().OfType<TypeDeclarationSyntax>();

    /// <summary>Adds <c>partial</c> to <paramref name="declarations"/> and every type containing them.</summary>
    public static SyntaxNode AddPartialEverywhere(SyntaxNode root, IEnumerable<TypeDeclarationSyntax> declarations)
    {
        var targets = declarations.SelectMany(SelfAndContainingTypes)
            .Where(d => !d.Modifiers.Any(SyntaxKind.PartialKeyword))
            .Distinct()
            .ToList();
        return targets.Count == 0 ? root : root.ReplaceNodes(targets, (_, rewritten) => AddPartial(rewritten));
    }

    /// <summary>Makes the classes relation models: <c>[RelationModel]</c> and <c>partial</c>, containing types included.</summary>
    public static SyntaxNode AddRelationModel(SyntaxNode root, IEnumerable<TypeDeclarationSyntax> declarations)
    {
        var models = new HashSet<TypeDeclarationSyntax>(declarations);
        var targets = models.SelectMany(SelfAndContainingTypes)
            .Where(d => models.Contains(d) || !d.Modifiers.Any(SyntaxKind.PartialKeyword))
            .Distinct()
            .ToList();
        var endOfLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        if (!endOfLine.IsKind(SyntaxKind.EndOfLineTrivia)) endOfLine = SyntaxFactory.EndOfLine("\n");
        return root.ReplaceNodes(targets, (original, rewritten) =>
        {
            var result = AddPartial(rewritten);
            if (!models.Contains(original)) return result;
            // [RelationModel] on a line of its own, with the declaration's comments and indentation.
            var leading = result.GetLeadingTrivia();
            var indentation = leading.Count > 0 && leading.Last().IsKind(SyntaxKind.WhitespaceTrivia)
                ? SyntaxFactory.TriviaList(leading.Last())
                : SyntaxFactory.TriviaList();
            var name = SyntaxFactory.ParseName("global::DataPlatform.Contracts.RelationModel").WithAdditionalAnnotations(Simplifier.Annotation);
            var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(name)))
                .WithLeadingTrivia(leading)
                .WithTrailingTrivia(endOfLine);
            result = result.WithLeadingTrivia(indentation);
            return result.WithAttributeLists(result.AttributeLists.Insert(0, list));
        });
    }

    /// <summary>A Fix All that applies <paramref name="fix"/> to each document once, with all its diagnostics.</summary>
    public static FixAllProvider DocumentFixAll(Func<Document, SyntaxNode, ImmutableArray<Diagnostic>, SyntaxNode> fix) =>
        FixAllProvider.Create(async (context, document, diagnostics) =>
        {
            if (diagnostics.IsEmpty) return document;
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            return root is null ? document : document.WithSyntaxRoot(fix(document, root, diagnostics));
        });

    /// <summary>The type declaration a diagnostic is on or in.</summary>
    public static TypeDeclarationSyntax? TypeDeclarationAt(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault();
}
